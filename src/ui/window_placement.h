// Helpers to pin a panel window to a rectangle of the dashboard layout.
#pragma once

#include <imgui.h>

#include "views/app_state.h"

namespace wb::ui {

inline void placeNextWindow(ScreenRect rect) {
    ImGui::SetNextWindowPos(ImVec2(static_cast<float>(rect.min.x), static_cast<float>(rect.min.y)));
    ImGui::SetNextWindowSize(ImVec2(static_cast<float>(rect.size.x), static_cast<float>(rect.size.y)));
}

constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;

}  // namespace wb::ui
