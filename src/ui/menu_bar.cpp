#include <imgui.h>

#include "ui/panels.h"
#include "ui/strings.h"

namespace wb::ui {

float drawMenuBar(AppState& state, LanguageChanged onLanguageChanged) {
    float height = 0;
    if (!ImGui::BeginMainMenuBar()) return height;
    if (ImGui::BeginMenu(tr(Text::MenuFile))) {
        if (ImGui::MenuItem(tr(Text::MenuFileImport), "Ctrl+O")) state.requests.pickFiles = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileSaveDatabase), "Ctrl+S")) state.requests.saveDatabase = true;
        if (ImGui::MenuItem(tr(Text::MenuFileSaveOffline))) state.requests.saveOffline = true;
        if (ImGui::MenuItem(tr(Text::MenuFileExportMapCsv))) state.requests.exportMapCsv = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileReset))) state.confirmReset = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Text::MenuView))) {
        if (ImGui::MenuItem(tr(Text::MenuViewFit), "0")) state.viewFitted = false;
        ImGui::MenuItem(tr(Text::MenuViewSidePanel), nullptr, &state.showSidePanel);
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
