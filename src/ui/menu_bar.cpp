// The main menu bar, its keyboard shortcuts, and the labels at its right end (example data, public version).
#include <imgui.h>

#include <cstdio>
#include <string>

#include "core/meta.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"
#include "views/strings_public.h"

namespace wb::ui {
namespace {

// A label at the right end of the menu bar, left of `right` (updated to its left edge): on screen
// whatever panel is open, in a printed screenshot too. True while hovered or focused.
bool rightAlignedLabel(const char* label, const char* anchor, ImVec4 background, ImVec4 hovered, ImVec4 text,
                       float& right) {
    const ImGuiStyle& style = ImGui::GetStyle();
    right -= ImGui::CalcTextSize(label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    ImGui::SameLine(right);
    ImGui::PushStyleColor(ImGuiCol_Button, background);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hovered);
    ImGui::PushStyleColor(ImGuiCol_Text, text);
    ImGui::SmallButton(label);
    ImGui::PopStyleColor(4);
    anchorLastItem(anchor);
    return ImGui::IsItemHovered() || ImGui::IsItemFocused();
}

void wrappedTooltip(const char* text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// The fictitious example data must never be mistaken for real figures, and the public version
// must say it is one (and read-only) on every screen.
void drawStateLabels(const AppState& state) {
    float right = ImGui::GetWindowWidth();
    // Dark amber on light amber: reads as a warning, 7:1 contrast, not a colour of the map ramps.
    if (state.exampleContent &&
        rightAlignedLabel(tr(Text::ExampleDataLabel), "example-data-label", ImVec4(1.0f, 0.87f, 0.55f, 1.0f),
                          ImVec4(1.0f, 0.82f, 0.45f, 1.0f), ImVec4(0.36f, 0.22f, 0.0f, 1.0f), right)) {
        const std::string notice = exampleContentNotice(state.db, currentLanguage());
        wrappedTooltip(notice.empty() ? tr(Text::ExampleDataTooltip) : notice.c_str());
    }
    // Dark blue on light blue (over 8:1), apart from the amber of the example label.
    if (state.readOnly &&
        rightAlignedLabel(tr(PublicText::Label), "public-version-label", ImVec4(0.80f, 0.88f, 1.0f, 1.0f),
                          ImVec4(0.72f, 0.83f, 1.0f, 1.0f), ImVec4(0.03f, 0.16f, 0.40f, 1.0f), right)) {
        char text[1024];
        std::snprintf(text, sizeof text, tr(PublicText::LabelTooltip),
                      metaValue(state.db, "public_made_at").value_or("").substr(0, 10).c_str());
        wrappedTooltip(text);
    }
}

}  // namespace

float drawMenuBar(AppState& state, LanguageChanged onLanguageChanged) {
    float height = 0;
    if (!ImGui::BeginMainMenuBar()) return height;
    const bool fileMenu = ImGui::BeginMenu(tr(Text::MenuFile));
    anchorLastItem("menu.file");
    if (fileMenu) {
        // The public version imports nothing and keeps showing what was published.
        if (ImGui::MenuItem(tr(Text::MenuFileImport), "Ctrl+O", false, !state.readOnly)) state.requests.pickFiles = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileSaveDatabase), "Ctrl+S")) state.requests.saveDatabase = true;
        if (ImGui::MenuItem(tr(Text::MenuFileSaveOffline))) state.requests.saveOffline = true;
        if (ImGui::MenuItem(tr(PublicText::MenuPublish))) state.confirmPublish = true;
        anchorLastItem("menu.file.publish");
        if (ImGui::MenuItem(tr(Text::MenuFileExportMapCsv))) state.requests.exportMapCsv = true;
        if (ImGui::MenuItem(tr(Text::MenuFileExportMapPng))) state.requests.saveMapImage = true;
        ImGui::Separator();
        if (ImGui::MenuItem(tr(Text::MenuFileReset), nullptr, false, !state.readOnly)) state.confirmReset = true;
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
    drawStateLabels(state);
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !io.WantTextInput) state.select("");
    if (io.KeyCtrl && !io.WantTextInput) {
        if (ImGui::IsKeyPressed('O' - 'A' + 4 /* SDL scancode of O */) && !state.readOnly) state.requests.pickFiles = true;
        if (ImGui::IsKeyPressed('S' - 'A' + 4)) state.requests.saveDatabase = true;
    }
    return height;
}

}  // namespace wb::ui
