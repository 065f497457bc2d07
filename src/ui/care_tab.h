// A tab of the population-care workspace: BeginTabItem with a stable id (the label follows the
// language) and the anchor "care-<name>" for browser tests. True when the tab is open: draw its
// content, then ImGui::EndTabItem().
#pragma once

#include <imgui.h>

#include <string>

#include "ui/test_anchors.h"
#include "views/strings_care.h"

namespace wb::ui {

inline bool careTab(CareText label, const char* anchor) {
    const bool open = ImGui::BeginTabItem((std::string(tr(label)) + "###care-" + anchor).c_str());
    anchorLastItem(std::string("care-") + anchor);
    return open;
}

}  // namespace wb::ui
