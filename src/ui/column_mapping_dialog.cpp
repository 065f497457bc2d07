// The mapping step for a CSV whose columns were not recognised: for each column the user says
// what it holds (area code, area name, period, an indicator, ...), sees a few example values,
// and gives the year when there is no period column. It shows how the first values will be read
// (decimal comma or point, thousands separators) and lets the user say that a value given twice
// keeps the last one ("laatste waarde telt") instead of refusing the file. The import starts only when the choice is
// complete; cancelling leaves the data as it was.
#include <imgui.h>

#include <string>

#include "io/import_message_dutch.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

constexpr io::ColumnRole kRoles[] = {
    io::ColumnRole::Ignore, io::ColumnRole::AreaCode, io::ColumnRole::AreaName, io::ColumnRole::Period,
    io::ColumnRole::IndicatorValues, io::ColumnRole::IndicatorName, io::ColumnRole::Value,
};

Text roleLabel(io::ColumnRole role) {
    switch (role) {
        case io::ColumnRole::Ignore: return Text::RoleIgnore;
        case io::ColumnRole::AreaCode: return Text::RoleAreaCode;
        case io::ColumnRole::AreaName: return Text::RoleAreaName;
        case io::ColumnRole::Period: return Text::RolePeriod;
        case io::ColumnRole::IndicatorName: return Text::RoleIndicatorName;
        case io::ColumnRole::Value: return Text::RoleValue;
        case io::ColumnRole::IndicatorValues: return Text::RoleIndicatorValues;
    }
    return Text::RoleIgnore;
}

// What is still missing before the import can start, or nullptr when nothing is.
const char* missingChoice(const ColumnMappingRequest& request) {
    const io::CsvLayout& layout = request.layout;
    if (layout.columnWith(io::ColumnRole::AreaCode) < 0 && layout.columnWith(io::ColumnRole::AreaName) < 0) {
        return tr(Text::MappingNeedArea);
    }
    if (!layout.isComplete()) return tr(Text::MappingNeedValues);
    if (layout.columnWith(io::ColumnRole::Period) < 0 && request.period <= 0) return tr(Text::MappingNeedPeriod);
    return nullptr;
}

void drawColumnTable(ColumnMappingRequest& request) {
    io::CsvLayout& layout = request.layout;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY;
    const float height = std::min(ImGui::GetIO().DisplaySize.y * 0.5f,
                                  ImGui::GetFrameHeightWithSpacing() * static_cast<float>(layout.headers.size() + 1));
    if (!ImGui::BeginTable("columns", 3, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(Text::MappingColumn));
    ImGui::TableSetupColumn(tr(Text::MappingExamples));
    ImGui::TableSetupColumn(tr(Text::MappingMeaning), ImGuiTableColumnFlags_WidthFixed, 260.0f);
    ImGui::TableHeadersRow();
    for (size_t c = 0; c < layout.headers.size(); ++c) {
        ImGui::PushID(static_cast<int>(c));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(layout.headers[c].c_str());
        ImGui::TableNextColumn();
        std::string examples;
        for (const auto& row : request.samples) {
            if (c >= row.size()) continue;
            if (!examples.empty()) examples += " · ";
            examples += row[c];
        }
        ImGui::TextDisabled("%s", examples.c_str());
        // How the values will be read with the chosen decimal separator, before anything is imported.
        const std::string readAs = valuesReadAs(request, c);
        if (!readAs.empty()) {
            ImGui::Text("%s: %s", tr(Text::MappingReadAs), readAs.c_str());
            anchorLastItem("mapping.read_as." + std::to_string(c));
        }
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        const std::string anchor = "mapping.role." + std::to_string(c);
        const bool open = ImGui::BeginCombo("##role", tr(roleLabel(layout.roles[c])));
        anchorLastItem(anchor);
        if (open) {
            for (const io::ColumnRole role : kRoles) {
                if (ImGui::Selectable(tr(roleLabel(role)), role == layout.roles[c])) layout.roles[c] = role;
                anchorLastItem(anchor + "." + std::to_string(static_cast<int>(role)));
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void drawColumnMappingDialog(AppState& state) {
    if (!state.imports.mapping) return;
    ColumnMappingRequest& request = *state.imports.mapping;
    if (!ImGui::IsPopupOpen("###columnMapping")) ImGui::OpenPopup("###columnMapping");

    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.45f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(760.0f, display.x * 0.95f), 0), ImGuiCond_Appearing);
    const std::string title = std::string(tr(Text::MappingTitle)) + "###columnMapping";
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;

    ImGui::PushTextWrapPos(0);
    if (!request.problem.empty()) {  // a refused import brought the file here: say why
        ImGui::TextColored(ImVec4(0.62f, 0.16f, 0.05f, 1.0f), "%s",
                           io::importMessageIn(currentLanguage(), request.problem).c_str());
    }
    ImGui::Text(tr(Text::MappingIntro), request.file.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    drawColumnTable(request);

    if (request.layout.columnWith(io::ColumnRole::Period) < 0) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(Text::MappingPeriod));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(120);
        ImGui::InputInt("##period", &request.period, 0, 0);
        anchorLastItem("mapping.period");
        if (request.period < 0) request.period = 0;
    }
    ImGui::TextUnformatted(tr(Text::MappingDecimal));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Text::MappingDecimalComma), request.layout.decimal == ',')) request.layout.decimal = ',';
    anchorLastItem("mapping.decimal.comma");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Text::MappingDecimalPoint), request.layout.decimal == '.')) request.layout.decimal = '.';
    anchorLastItem("mapping.decimal.point");
    ImGui::Checkbox(tr(Text::MappingLastValueWins), &request.lastValueWins);
    anchorLastItem("mapping.last_value_wins");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::MappingLastValueWinsHelp));

    ImGui::Spacing();
    const char* missing = missingChoice(request);
    if (missing) ImGui::TextColored(ImVec4(0.62f, 0.16f, 0.05f, 1.0f), "%s", missing);
    ImGui::BeginDisabled(missing != nullptr);
    const bool accept = ImGui::Button(tr(Text::MappingImport));
    anchorLastItem("mapping.import");
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool cancel = ImGui::Button(tr(Text::Cancel));
    anchorLastItem("mapping.cancel");
    cancel = cancel || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (accept) {
        acceptColumnMapping(state);
        ImGui::CloseCurrentPopup();
    } else if (cancel) {
        cancelColumnMapping(state);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace wb::ui
