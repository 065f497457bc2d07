// The "Bevolkingszorg" workspace: a tab per part of population care. Each tab is drawn by its
// own file; this one only arranges them.
#include <imgui.h>

#include "ui/panels.h"

namespace wb::ui {

void drawCareWorkspace(AppState& state) {
    if (!ImGui::BeginTabBar("##care", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    vulnerabilityTabItem(state);     // Kwetsbaarheid (vulnerability_tab.cpp)
    resiliencePointsTabItem(state);  // Weerbaarheidspunten (resilience_points_tab.cpp)
    coverageTabItem(state);          // Dekking: coverage and what-if (coverage_tab.cpp)
    scenariosTabItem(state);         // Scenario's, 72-hour view, threat sheet (scenarios_tab.cpp)
    networksTabItem(state);          // Netwerken: organisations (networks_tab.cpp)
    ImGui::EndTabBar();
}

}  // namespace wb::ui
