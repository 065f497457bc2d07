// While a file is being imported: a modal window with the file name, a progress bar and a cancel
// button. Modal on purpose: the import holds a transaction open across frames, and nothing else
// may write to the database until it commits or rolls back (see io/import_job.h).
#include <imgui.h>

#include <string>

#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"

namespace wb::ui {

void drawImportProgress(AppState& state) {
    const ImportQueue& imports = state.imports;
    const bool running = imports.current != nullptr;
    const std::string title = std::string(tr(Text::ImportProgressTitle)) + "###importProgress";
    if (running && !ImGui::IsPopupOpen("###importProgress")) ImGui::OpenPopup("###importProgress");

    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.4f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(520.0f, display.x * 0.9f), 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    if (!running) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::TextUnformatted(imports.current->name.c_str());
    const float progress = static_cast<float>(imports.progress());
    char percent[16];
    std::snprintf(percent, sizeof percent, "%d%%", static_cast<int>(progress * 100.0f + 0.5f));
    ImGui::ProgressBar(progress, ImVec2(-1, 0), percent);
    anchorLastItem("import.progress");
    if (!imports.waiting.empty()) ImGui::Text(tr(Text::ImportProgressWaiting), static_cast<int>(imports.waiting.size()));
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(Text::ImportProgressHint));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    bool cancel = ImGui::Button(tr(Text::Cancel));
    anchorLastItem("import.cancel");
    if (cancel || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        cancelCurrentImport(state);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace wb::ui
