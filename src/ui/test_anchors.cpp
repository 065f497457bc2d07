#include "ui/test_anchors.h"

#include <imgui.h>

#include <unordered_map>

namespace wb::ui {
namespace {
std::unordered_map<std::string, ScreenRect> g_anchors;
}

void clearAnchors() { g_anchors.clear(); }

void anchorLastItem(const std::string& name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    g_anchors[name] = ScreenRect{{min.x, min.y}, {max.x - min.x, max.y - min.y}};
}

std::optional<ScreenRect> anchorRect(const std::string& name) {
    const auto it = g_anchors.find(name);
    if (it == g_anchors.end()) return std::nullopt;
    return it->second;
}

}  // namespace wb::ui
