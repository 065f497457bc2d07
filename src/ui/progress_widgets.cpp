#include "ui/progress_widgets.h"

#include <imgui.h>

#include <cstdarg>
#include <cstdio>

#include "core/number_format.h"
#include "ui/test_anchors.h"
#include "views/strings_progress.h"

namespace wb::ui {

std::string percentText(std::optional<double> percent) {
    if (!percent) return tr(ProgressText::NoData);
    return formatNumber(*percent, 0, currentLanguage()) + "%";
}

void progressCountBar(const char* label, const ProgressCount& count, float labelWidth) {
    if (label) {
        ImGui::TextUnformatted(label);
        ImGui::SameLine(labelWidth > 0 ? labelWidth : 0);
    }
    const auto percent = count.percentDone();
    const std::string overlay = percentText(percent) + " (" + std::to_string(count.done) + "/" +
                                std::to_string(count.applicable()) + ")";
    ImGui::ProgressBar(percent ? static_cast<float>(*percent / 100.0) : 0.0f, ImVec2(-1, 0), overlay.c_str());
}

void warningText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.10f, 0.05f, 1.0f));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

std::string formatted(const char* format, ...) {
    char buffer[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    return buffer;
}

void labelledInput(const char* label, const char* anchor, char* buffer, size_t size, bool multiline) {
    ImGui::TextUnformatted(label);
    const std::string id = std::string("##") + anchor;
    if (multiline) {
        ImGui::InputTextMultiline(id.c_str(), buffer, size, ImVec2(-1, ImGui::GetTextLineHeight() * 4));
    } else {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText(id.c_str(), buffer, size);
    }
    anchorLastItem(anchor);
}

FramedFields::FramedFields() { ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f); }
FramedFields::~FramedFields() { ImGui::PopStyleVar(); }

bool baselineTab(const char* label, const char* anchor) {
    const bool open = ImGui::BeginTabItem((std::string(label) + "###" + anchor).c_str());
    anchorLastItem(std::string("baseline-") + anchor);
    return open;
}

}  // namespace wb::ui
