// Bestand > Publiceren…: says what the public version leaves out before it is downloaded
// (core/public_copy.h makes it; web/dashboard.js puts it into a copy of the page).
#include <imgui.h>

#include <string>

#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"
#include "views/strings_public.h"

namespace wb::ui {

void drawPublishDialog(AppState& state) {
    if (state.confirmPublish) {
        ImGui::OpenPopup("###publish");
        state.confirmPublish = false;
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32, 0), ImGuiCond_Appearing);
    const std::string title = std::string(tr(PublicText::PublishTitle)) + "###publish";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr(PublicText::PublishBody));
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(PublicText::PublishReview));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button(tr(PublicText::PublishConfirm))) {
        state.requests.publish = true;
        ImGui::CloseCurrentPopup();
    }
    anchorLastItem("publish-confirm");
    ImGui::SameLine();
    if (ImGui::Button(tr(Text::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace wb::ui
