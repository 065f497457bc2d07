#include "ui/theme.h"

#include <imgui.h>

extern "C" {
extern const unsigned char font_inter_regular[];
extern const unsigned long font_inter_regular_size;
}

namespace wb::ui {
namespace {

constexpr float kFontSize = 16.0f;

// Latin-1 plus the typographic marks used in the string table and in imported names.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
    0x0100, 0x017F,  // Latin Extended-A (names from neighbouring countries)
    0x2013, 0x2014,  // en and em dash
    0x2018, 0x201E,  // quotes
    0x2022, 0x2022,  // bullet
    0x2026, 0x2026,  // ellipsis
    0x20AC, 0x20AC,  // euro
    0x2212, 0x2212,  // minus
    0x2264, 0x2265,  // less/greater than or equal
    0,
};

}  // namespace

void applyTheme(float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary's data section
    config.OversampleH = 2;
    io.Fonts->Clear();
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_inter_regular),
                                   static_cast<int>(font_inter_regular_size), kFontSize * pixelRatio, &config,
                                   kGlyphRanges);
    io.FontGlobalScale = 1.0f / pixelRatio;

    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.FramePadding = ImVec2(6, 4);
    style.ItemSpacing = ImVec2(8, 5);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.29f, 0.48f, 1.0f);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.82f, 0.85f, 0.89f, 1.0f);
    // A strong, visible keyboard focus ring (WCAG 2.4.7).
    style.Colors[ImGuiCol_NavHighlight] = ImVec4(0.85f, 0.35f, 0.0f, 1.0f);
}

}  // namespace wb::ui
