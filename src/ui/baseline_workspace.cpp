// The "Basisniveau" workspace: a tab per part of the baseline programme. Each tab is drawn by
// its own file; this one only arranges them.
#include <imgui.h>

#include "ui/panels.h"

namespace wb::ui {

void drawBaselineWorkspace(AppState& state) {
    if (!ImGui::BeginTabBar("##baseline", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    progressTabItem(state);     // Voortgang: progress and checklist (progress_tab.cpp)
    actionListTabItem(state);   // Actielijst (action_list_tab.cpp)
    assignmentsTabItem(state);  // Opdrachten (assignments_tab.cpp)
    costsTabItem(state);        // Kosten: costs per measure, totals, budget (costs_tab.cpp)
    practicesTabItem(state);    // Praktijken: good practices and practice packs (practices_tab.cpp)
    reportTabItem(state);       // Rapportage: the board report and snapshots (report_tab.cpp)
    exchangeTabItem(state);     // Uitwisseling: deliver, receive, delivery status (exchange_tab.cpp)
    ImGui::EndTabBar();
}

}  // namespace wb::ui
