#include "ui/test_anchors.h"

#include <imgui.h>
#include <imgui_internal.h>  // whether the current window is shown yet

#include <unordered_map>

namespace wb::ui {
namespace {
std::unordered_map<std::string, ScreenRect> g_anchors;
std::string g_focused, g_focusedLastFrame;
}  // namespace

void clearAnchors() {
    g_anchors.clear();
    g_focusedLastFrame = std::move(g_focused);
    g_focused.clear();
}

std::string focusedAnchor() { return g_focusedLastFrame; }

void anchorLastItem(const std::string& name) {
    if (ImGui::IsItemFocused()) g_focused = name;
    // A window that is laid out but not shown (an auto-sized window's first frame: ImGui measures
    // it, then places it, centred elsewhere) has no place yet: a test clicking there would hit
    // what is below it. Its widgets get their anchors once it is shown.
    const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
    if (window->HiddenFramesCannotSkipItems > 0 || window->HiddenFramesCanSkipItems > 0) return;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    g_anchors[name] = ScreenRect{{min.x, min.y}, {max.x - min.x, max.y - min.y}};
}

std::optional<ScreenRect> anchorRect(const std::string& name) {
    const auto it = g_anchors.find(name);
    if (it == g_anchors.end()) return std::nullopt;
    return it->second;
}

}  // namespace wb::ui
