// The 72-hour view inside the "Scenario's" tab: a time slider from 0 to more than 72 hours, whether
// the grid is down, which resilience points of the selection still work (emergency power autonomy
// against the hours elapsed), which electricity-dependent groups are hit, and per municipality the
// residents and vulnerable residents that no working point covers. Counts of people go through
// core/suppression.h ("<5"); the figures come from views/outage_model.h, as the CSV export,
// Dashboard.outageView and the accessible view read them.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/number_format.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/outage_model.h"
#include "views/strings_scenarios.h"

namespace wb::ui {
namespace {

using T = ScenarioText;

std::string people(const PeopleCount& count) { return formatPeopleCount(count, currentLanguage()); }

std::string hourText(double hour) {
    if (hour > 72) return tr(T::HoursAfter72);
    return formatNumber(hour, 0, currentLanguage()) + " h";
}

void hourSlider(AppState& state) {
    int hour = static_cast<int>(state.scenarios.hour);
    const std::string label = hourText(hour);
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize(tr(T::Hours)).x - ImGui::GetStyle().ItemInnerSpacing.x * 2);
    // The format is the finished label: "%" never reaches ImGui from data.
    std::string format = label;
    for (size_t at = format.find('%'); at != std::string::npos; at = format.find('%', at + 2)) format.insert(at, "%");
    if (ImGui::SliderInt(tr(T::Hours), &hour, 0, static_cast<int>(OutageModel::kAfter72Hours), format.c_str(),
                         ImGuiSliderFlags_AlwaysClamp)) {
        // Everything past 72 hours is one step: the effects only distinguish "after 72 h".
        state.scenarios.hour = hour > 72 ? OutageModel::kAfter72Hours : hour;
    }
    anchorLastItem("scenarios-hours");
}

void pointsList(const OutageView& view) {
    char line[160];
    std::snprintf(line, sizeof line, tr(T::PointsWorking), view.workingPoints(), static_cast<int>(view.points.size()));
    if (view.points.empty()) {
        ImGui::TextUnformatted(tr(T::PointsNone));
        return;
    }
    if (!ImGui::TreeNode("##points", "%s", line)) {
        anchorLastItem("scenarios-points");
        return;
    }
    anchorLastItem("scenarios-points");
    const Language language = currentLanguage();
    if (ImGui::BeginTable("##points-table", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                                   ImGuiTableFlags_SizingStretchProp,
                          ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 10))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(T::ColumnName), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr(T::ColumnStatus), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##power", ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(view.points.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const OutagePoint& p = view.points[static_cast<size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(p.name.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr(p.works ? T::PointWorks : T::PointStopped));
                ImGui::TableNextColumn();
                if (!p.emergencyPower) {
                    ImGui::TextDisabled("%s", tr(T::PointNoPower));
                } else {
                    char text[96];
                    std::snprintf(text, sizeof text, tr(T::PointStopsAt),
                                  formatNumber(p.autonomyHours.value_or(0.0), 0, language).c_str());
                    ImGui::TextUnformatted(text);
                }
            }
        }
        ImGui::EndTable();
    }
    ImGui::TreePop();
}

void groupsHit(const OutageView& view) {
    const Language language = currentLanguage();
    std::string hit;
    for (size_t g = 0; g < view.groups.size(); ++g) {
        if (!view.groupHit[g]) continue;
        if (!hit.empty()) hit += ", ";
        hit += language == Language::Dutch ? view.groups[g].nameNl : view.groups[g].nameEn;
        hit += " (" + people(view.total.groupCounts[g]) + ")";
    }
    if (hit.empty()) {
        ImGui::TextWrapped("%s", tr(T::GroupsNotHit));
    } else {
        ImGui::TextWrapped("%s %s", tr(T::GroupsHit), hit.c_str());
    }
}

void areaRow(AppState& state, const OutageArea& area, const std::string& label, bool selectable) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (selectable) {
        if (ImGui::Selectable((label + "###ov-" + area.code).c_str(), area.code == state.selectedCode)) state.select(area.code);
    } else {
        ImGui::TextUnformatted(label.c_str());
    }
    ImGui::TableNextColumn();
    ImGui::Text("%d/%d", area.workingPoints, area.points);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(people(area.residents).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(people(area.uncovered).c_str());
    for (size_t g = 0; g < area.groupUncovered.size(); ++g) {
        ImGui::TableNextColumn();
        ImGui::Text("%s / %s", people(area.groupUncovered[g]).c_str(), people(area.groupCounts[g]).c_str());
    }
}

void areaTable(AppState& state, const OutageView& view) {
    const Language language = currentLanguage();
    const int columns = 4 + static_cast<int>(view.groups.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<size_t>(view.areas.size() + 3, 14));
    if (!ImGui::BeginTable("##outage", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr(T::ColumnArea));
    ImGui::TableSetupColumn(tr(T::ColumnPoints));
    ImGui::TableSetupColumn(tr(T::ColumnResidents));
    ImGui::TableSetupColumn(tr(T::ColumnUncovered));
    std::vector<std::string> groupHeaders;
    for (size_t g = 0; g < view.groups.size(); ++g) {
        char text[256];
        const std::string& name = language == Language::Dutch ? view.groups[g].nameNl : view.groups[g].nameEn;
        std::snprintf(text, sizeof text, tr(T::ColumnGroupUncovered), name.c_str());
        groupHeaders.push_back(std::string(text) + " (" + tr(view.groupHit[g] ? T::GroupHit : T::GroupNotHit) + ")");
    }
    for (const std::string& header : groupHeaders) ImGui::TableSetupColumn(header.c_str());
    ImGui::TableHeadersRow();
    areaRow(state, view.total, tr(T::Total), false);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view.areas.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const OutageArea& area = view.areas[static_cast<size_t>(i)];
            areaRow(state, area, area.name, true);
        }
    }
    ImGui::EndTable();
}

}  // namespace

void drawOutageView(AppState& state, const Scenario& scenario) {
    const double km = state.care.radiusKm();
    const std::string distance = formatNumber(km, km == std::floor(km) ? 0 : 2, currentLanguage());
    ImGui::TextWrapped(tr(T::HourViewIntro), distance.c_str());
    hourSlider(state);
    const OutageView& view = outageViewOf(state, scenario.code, state.scenarios.hour, state.selectedCode);
    ImGui::TextWrapped("%s", tr(view.powerOut ? T::PowerOut : T::PowerUp));
    pointsList(view);
    groupsHit(view);
    if (ImGui::Button(tr(T::ExportCsv))) {
        const Language language = currentLanguage();
        std::string fileName = std::string("weerbaar-") + translation(T::CsvFileName, language) + "-" + view.scenario.code +
                               "-" + std::to_string(static_cast<int>(view.hour)) + "h" +
                               (view.scopeCode.empty() ? "" : "-" + view.scopeCode) + ".csv";
        state.scenarios.download = FileDownload{fileName, outageCsv(view, language), "text/csv"};
    }
    anchorLastItem("scenarios-export-csv");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::ShowUncoveredOnMap))) state.showIndicator(kOutageIndicatorId);
    anchorLastItem("scenarios-show-map");
    areaTable(state, view);
}

}  // namespace wb::ui
