// The main menu bar, its keyboard shortcuts, and the "example data" label at its right end.
#include <imgui.h>

#include <string>

#include "core/meta.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

// Right-aligned in the menu bar, so it is on screen whatever panel is open: the fictitious
// example data must never be mistaken for real figures (a printed screenshot included).
void drawExampleContentLabel(const AppState& state) {
    const char* label = tr(Text::ExampleDataLabel);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowWidth() - width - style.ItemSpacing.x);
    // Dark amber on light amber: reads as a warning, 7:1 contrast, not a colour of the map ramps.
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1.0f, 0.87f, 0.55f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1.0f, 0.82f, 0.45f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(1.0f, 0.82f, 0.45f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.36f, 0.22f, 0.0f, 1.0f));
    ImGui::SmallButton(label);
    ImGui::PopStyleColor(4);
    anchorLastItem("example-data-label");
    if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) {
        const std::string notice = exampleContentNotice(state.db, currentLanguage());
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
        ImGui::TextUnformatted(notice.empty() ? tr(Text::ExampleDataTooltip) : notice.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace

float drawMenuBar(AppState& state, LanguageChanged onLanguageChanged) {
    float height = 0;
    if (!ImGui::BeginMainMenuBar()) return height;
    if (ImGui::BeginMenu(tr(Text::MenuFile))) {
        if (ImGui::MenuItem(tr(Text::MenuFileImport), "Ctrl+O")) state.requests.pickFiles = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileSaveDatabase), "Ctrl+S")) state.requests.saveDatabase = true;
        if (ImGui::MenuItem(tr(Text::MenuFileSaveOffline))) state.requests.saveOffline = true;
        if (ImGui::MenuItem(tr(Text::MenuFileExportMapCsv))) state.requests.exportMapCsv = true;
        if (ImGui::MenuItem(tr(Text::MenuFileExportMapPng))) state.requests.saveMapImage = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileReset))) state.confirmReset = true;
        ImGui::EndMenu();
    }
    const bool viewMenu = ImGui::BeginMenu(tr(Text::MenuView));
    anchorLastItem("menu.view");
    if (viewMenu) {
        if (ImGui::MenuItem(tr(Text::MenuViewFit), "0")) {
            state.fitTarget.reset();
            state.viewFitted = false;
        }
        if (ImGui::MenuItem(tr(Text::MenuViewZoomSelection), "Z", false, !state.selectedCode.empty())) state.zoomToSelection();
        ImGui::MenuItem(tr(Text::MenuViewSidePanel), nullptr, &state.showSidePanel);
        ImGui::Separator();
        ImGui::MenuItem(tr(Text::MenuViewHighContrast), nullptr, &state.highContrast);
        anchorLastItem("menu.view.contrast");
        if (ImGui::BeginMenu(tr(Text::MenuViewTextSize))) {
            for (int percent = 100; percent <= 200; percent += 25) {
                const std::string label = std::to_string(percent) + "%";
                if (ImGui::MenuItem(label.c_str(), nullptr, state.scalePercent == percent)) state.scalePercent = percent;
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuViewAccessible), "F6")) state.requests.openAccessibleView = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Text::MenuLanguage))) {
        // Language names are shown in their own language, as users look for their own.
        const struct {
            Language language;
            const char* label;
        } choices[] = {{Language::Dutch, "Nederlands"}, {Language::English, "English"}};
        for (const auto& choice : choices) {
            if (ImGui::MenuItem(choice.label, nullptr, currentLanguage() == choice.language) &&
                currentLanguage() != choice.language) {
                setLanguage(choice.language);
                if (onLanguageChanged) onLanguageChanged(choice.language);
            }
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Text::MenuHelp))) {
        if (ImGui::MenuItem(tr(Text::MenuHelpShortcuts), "F1")) state.showShortcuts = true;
        if (ImGui::MenuItem(tr(Text::MenuHelpAbout))) state.showAbout = true;
        ImGui::EndMenu();
    }
    if (state.exampleContent) drawExampleContentLabel(state);
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !io.WantTextInput) state.select("");
    if (io.KeyCtrl && !io.WantTextInput) {
        if (ImGui::IsKeyPressed('O' - 'A' + 4 /* SDL scancode of O */)) state.requests.pickFiles = true;
        if (ImGui::IsKeyPressed('S' - 'A' + 4)) state.requests.saveDatabase = true;
    }
    return height;
}

}  // namespace wb::ui
