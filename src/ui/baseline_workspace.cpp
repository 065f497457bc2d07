// The "Basisniveau" workspace: a tab per part of the baseline programme. Each tab is drawn by
// its own file; this one only arranges them.
#include <imgui.h>

#include "ui/panels.h"

namespace wb::ui {

void drawBaselineWorkspace(AppState& state) {
    if (!ImGui::BeginTabBar("##baseline", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    (void)state;
    ImGui::EndTabBar();
}

}  // namespace wb::ui
