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
    // The side panel grows with the text size (340 px at 16 px text), up to a third of the window;
    // the workspaces with tables and forms get more room.
    const bool wide = state.workspace != Workspace::Areas;
    const float sideWidth = !state.showSidePanel ? 0.0f
                            : wide ? std::min(30.0f * ImGui::GetFontSize(), display.x * 0.5f)
                                   : std::min(21.0f * ImGui::GetFontSize(), display.x * 0.35f);
    const float contentHeight = display.y - menuHeight - statusHeight;

    if (state.showSidePanel) drawSidePanel(state, {{0, menuHeight}, {sideWidth, contentHeight}});
    drawMapPanel(state, renderer, overlays, {{sideWidth, menuHeight}, {display.x - sideWidth, contentHeight}});
    drawStatusBar(state, {{0, display.y - statusHeight}, {display.x, statusHeight}});
    drawHelpWindows(state);
    drawPublishDialog(state);
    drawColumnMappingDialog(state);
    drawImportProgress(state);
}

}  // namespace wb::ui
