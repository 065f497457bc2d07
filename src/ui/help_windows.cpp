// Help > Keyboard shortcuts and Help > About: small modal-less windows centred on the screen.
#include <imgui.h>

#include <string>

#include "ui/panels.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

bool beginCentredWindow(const char* title, const char* id, bool* open, float width) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.4f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Appearing);
    std::string label = std::string(title) + "###" + id;
    const bool visible = ImGui::Begin(label.c_str(), open, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse);
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();
    return visible;
}

}  // namespace

void drawHelpWindows(AppState& state) {
    if (state.showShortcuts) {
        if (beginCentredWindow(tr(Text::ShortcutsTitle), "shortcuts", &state.showShortcuts, 460)) {
            for (Text t : {Text::ShortcutPan, Text::ShortcutZoom, Text::ShortcutFit, Text::ShortcutNavigate,
                           Text::ShortcutSelect, Text::ShortcutDrill, Text::ShortcutLeaveCanvas}) {
                ImGui::BulletText("%s", tr(t));
            }
            ImGui::Spacing();
            if (ImGui::Button(tr(Text::Close))) state.showShortcuts = false;
        }
        ImGui::End();
    }
    if (state.confirmReset) {
        ImGui::OpenPopup("###reset");
        state.confirmReset = false;
    }
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Appearing);
    const std::string resetTitle = std::string(tr(Text::ResetTitle)) + "###reset";
    if (ImGui::BeginPopupModal(resetTitle.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(tr(Text::ResetBody));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        if (ImGui::Button(tr(Text::ResetConfirm))) {
            state.requests.resetToDefault = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(Text::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    if (state.showAbout) {
        if (beginCentredWindow(tr(Text::AboutTitle), "about", &state.showAbout, 520)) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(tr(Text::AboutBody));
            ImGui::Spacing();
            ImGui::TextUnformatted(tr(Text::AboutData));
            ImGui::PopTextWrapPos();
            ImGui::Spacing();
            if (ImGui::Button(tr(Text::Close))) state.showAbout = false;
        }
        ImGui::End();
    }
}

}  // namespace wb::ui
