// The fixed full-window layout: menu bar on top, safety-region list on the left, the map filling
// the rest, a status bar at the bottom. Windows do not move: the dashboard is one screen.
#include <imgui.h>

#include "ui/panels.h"
#include "ui/test_anchors.h"

namespace wb::ui {

void drawDashboard(AppState& state, render::MapRenderer& renderer, MapOverlays& overlays, LanguageChanged onLanguageChanged) {
    clearAnchors();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float menuHeight = drawMenuBar(state, onLanguageChanged);
    const float statusHeight = ImGui::GetFrameHeight() + 6.0f;
    // The side panel grows with the text size (340 px at 16 px text), up to a third of the window.
    const float sideWidth = state.showSidePanel ? std::min(21.0f * ImGui::GetFontSize(), display.x * 0.35f) : 0.0f;
    const float contentHeight = display.y - menuHeight - statusHeight;

    if (state.showSidePanel) drawRegionPanel(state, {{0, menuHeight}, {sideWidth, contentHeight}});
    drawMapPanel(state, renderer, overlays, {{sideWidth, menuHeight}, {display.x - sideWidth, contentHeight}});
    drawStatusBar(state, {{0, display.y - statusHeight}, {display.x, statusHeight}});
    drawHelpWindows(state);
    drawColumnMappingDialog(state);
    drawImportProgress(state);
}

}  // namespace wb::ui
