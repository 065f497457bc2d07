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

// Black on white with black borders: every text at least 15:1, every control edge visible.
void applyHighContrastColours(ImGuiStyle& style) {
    ImVec4* c = style.Colors;
    const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), blue(0.0f, 0.2f, 0.6f, 1.0f), lightBlue(0.8f, 0.88f, 1.0f, 1.0f);
    c[ImGuiCol_Text] = black;
    c[ImGuiCol_TextDisabled] = ImVec4(0.25f, 0.25f, 0.25f, 1.0f);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = white;
    c[ImGuiCol_Border] = black;
    c[ImGuiCol_FrameBg] = white;
    c[ImGuiCol_FrameBgHovered] = c[ImGuiCol_FrameBgActive] = lightBlue;
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = ImVec4(0.85f, 0.85f, 0.85f, 1.0f);
    c[ImGuiCol_MenuBarBg] = white;
    c[ImGuiCol_Button] = white;
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_ButtonActive] = lightBlue;
    c[ImGuiCol_Header] = c[ImGuiCol_HeaderHovered] = c[ImGuiCol_HeaderActive] = lightBlue;
    c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = blue;
    c[ImGuiCol_Separator] = black;
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.88f, 0.88f, 1.0f);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = black;
    c[ImGuiCol_NavHighlight] = ImVec4(0.8f, 0.0f, 0.0f, 1.0f);
    style.FrameBorderSize = 1.0f;
    style.WindowBorderSize = 2.0f;
}

}  // namespace

void applyTheme(const ThemeSettings& settings) {
    ImGuiIO& io = ImGui::GetIO();
    const float scale = static_cast<float>(settings.scalePercent) / 100.0f;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the binary's data section
    config.OversampleH = 2;
    io.Fonts->Clear();
    io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font_inter_regular),
                                   static_cast<int>(font_inter_regular_size), kFontSize * settings.pixelRatio * scale,
                                   &config, kGlyphRanges);
    io.FontGlobalScale = 1.0f / settings.pixelRatio;

    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight();
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
    if (settings.highContrast) applyHighContrastColours(style);
    style.ScaleAllSizes(scale);
}

}  // namespace wb::ui
