// Bottom line: where the data comes from, and what is selected (with a way to clear it).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/panels.h"
#include "ui/window_placement.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

std::string selectedName(const AppState& state) {
    const Area* area = state.areas.find(state.selectedCode);
    return area ? area->name : state.selectedCode;
}

}  // namespace

void drawStatusBar(AppState& state, ScreenRect rect) {
    placeNextWindow(rect);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 3));
    // Never focused when it appears: a window without navigation holding the focus would keep
    // Ctrl+Tab from moving between the panels (ImGui allows no window switching from it).
    const bool visible = ImGui::Begin("##status", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar |
                                                            ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav |
                                                            ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PopStyleVar();
    if (visible) {
        ImGui::AlignTextToFramePadding();
        if (state.notice) {
            // The last import/export outcome; errors in a dark red that keeps 4.5:1 contrast. A long
            // notice is cut off where the selection on the right begins; hover shows all of it.
            const ImVec4 colour = state.notice->isError ? ImVec4(0.64f, 0.0f, 0.11f, 1.0f) : ImVec4(0.1f, 0.35f, 0.15f, 1.0f);
            float rightWidth = 0;
            if (!state.selectedCode.empty()) {
                rightWidth = ImGui::CalcTextSize((std::string(tr(Text::SelectionLabel)) + ": " + selectedName(state) +
                                                  " (" + state.selectedCode + ")").c_str()).x +
                             ImGui::CalcTextSize(tr(Text::SelectionClear)).x + 48;
            }
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float right = ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - rightWidth - 12;
            ImGui::PushClipRect(at, ImVec2(right, at.y + ImGui::GetFrameHeight()), true);
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            ImGui::TextUnformatted(state.notice->text.c_str());
            ImGui::PopStyleColor();
            ImGui::PopClipRect();
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", state.notice->text.c_str());
        } else {
            ImGui::TextUnformatted(tr(Text::StatusGeography));
        }
        if (state.selectedCode.empty() && state.notice) {
            // The data credit stays visible at the right while a notice takes the left, when both fit.
            const float width = ImGui::CalcTextSize(tr(Text::StatusGeography)).x;
            const float noticeEnd = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
            if (noticeEnd + 24 + width < ImGui::GetWindowWidth()) {
                ImGui::SameLine(ImGui::GetWindowWidth() - width - 12);
                ImGui::TextUnformatted(tr(Text::StatusGeography));
            }
        }
        if (!state.selectedCode.empty()) {
            const std::string label = std::string(tr(Text::SelectionLabel)) + ": " + selectedName(state) + " (" +
                                      state.selectedCode + ")";
            const float buttonWidth = ImGui::CalcTextSize(tr(Text::SelectionClear)).x + 16;
            ImGui::SameLine(ImGui::GetWindowWidth() - buttonWidth - ImGui::CalcTextSize(label.c_str()).x - 24);
            ImGui::TextUnformatted(label.c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(tr(Text::SelectionClear))) state.select("");
        }
    }
    ImGui::End();
}

}  // namespace wb::ui
