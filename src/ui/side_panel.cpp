// The side panel: one tab per workspace. "Gebieden" lists the areas; "Basisniveau" holds the
// baseline, progress, costs, practices and the board report; "Bevolkingszorg" holds
// vulnerability, resilience points and coverage, scenarios and social networks. The map beside
// it follows the selection and shows what the workspace computes.
#include <imgui.h>

#include <string>

#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/window_placement.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

// A top-level tab; its anchor ("workspace-<name>") lets browser tests click it.
bool workspaceTab(AppState& state, Workspace workspace, Text label, const char* anchor) {
    const std::string title = std::string(tr(label)) + "###" + anchor;
    const bool open = ImGui::BeginTabItem(title.c_str());
    anchorLastItem(std::string("workspace-") + anchor);
    if (open) state.workspace = workspace;
    return open;
}

}  // namespace

void drawSidePanel(AppState& state, ScreenRect rect) {
    placeNextWindow(rect);
    if (!ImGui::Begin("###side", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        ImGui::End();
        return;
    }
    if (ImGui::BeginTabBar("##workspaces", ImGuiTabBarFlags_FittingPolicyResizeDown)) {
        if (workspaceTab(state, Workspace::Areas, Text::WorkspaceAreas, "areas")) {
            drawRegionList(state);
            ImGui::EndTabItem();
        }
        if (workspaceTab(state, Workspace::Baseline, Text::WorkspaceBaseline, "baseline")) {
            drawBaselineWorkspace(state);
            ImGui::EndTabItem();
        }
        if (workspaceTab(state, Workspace::PopulationCare, Text::WorkspaceCare, "care")) {
            drawCareWorkspace(state);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

}  // namespace wb::ui
