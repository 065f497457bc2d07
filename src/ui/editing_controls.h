// The editing controls of the public version (AppState::readOnly) are drawn disabled: still there,
// so the page shows what the dashboard does, but greyed out and without effect. Wrap a group of
// controls that change the database in one guard; the controls that only look (filters, choices
// of what to show, exports) stay outside it.
#pragma once

#include <imgui.h>

#include "views/app_state.h"

namespace wb::ui {

class EditingControls {
public:
    explicit EditingControls(const AppState& state) { ImGui::BeginDisabled(state.readOnly); }
    ~EditingControls() { ImGui::EndDisabled(); }
    EditingControls(const EditingControls&) = delete;
    EditingControls& operator=(const EditingControls&) = delete;
};

}  // namespace wb::ui
