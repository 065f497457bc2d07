// The "Dekking" tab: for each municipality of the selection, how many residents and vulnerable
// residents live within the chosen distance of an active (and, when asked, powered) resilience
// point, the gaps worst first, the capacity of the points against the residents they would serve,
// and "what if": switch candidate points on or active ones off, or place a point by hand, and see
// the figures and the map change at once without writing the database.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/number_format.h"
#include "geo/projection.h"
#include "ui/care_tab.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/care_indicators.h"
#include "views/care_view.h"
#include "views/strings.h"
#include "views/strings_care.h"

namespace wb::ui {
namespace {

constexpr int kGapsShown = 25;

std::string people(const PeopleCount& count) { return formatPeopleCount(count, currentLanguage()); }

std::string percent(double share) { return formatNumber(100.0 * share, 1, currentLanguage()) + "%"; }

std::string capacityText(const std::optional<double>& capacity) {
    return capacity ? formatNumber(*capacity, 0, currentLanguage()) : std::string("–");
}

const char* groupName(const VulnerabilityIndicator& group) {
    return currentLanguage() == Language::Dutch ? group.nameNl.c_str() : group.nameEn.c_str();
}

std::string scopeName(const AppState& state) {
    const Area* selected = state.areas.find(state.selectedCode);
    if (!selected) return tr(CareText::ScopeAllMunicipalities);
    if (selected->level == AreaLevel::Municipality) return selected->name;
    return std::string(tr(CareText::ScopeMunicipalitiesIn)) + " " + selected->name;
}

void drawSettings(AppState& state, const CoverageAnalysis& analysis) {
    CareView& care = state.care;
    const float em = ImGui::GetFontSize();
    float radius = static_cast<float>(care.radiusKm());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(CareText::CoverageDistance));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(14 * em);
    const std::string format = std::string("%.2f km");
    if (ImGui::SliderFloat("##care.coverage.radius", &radius, 0.25f, 10.0f, format.c_str(), ImGuiSliderFlags_Logarithmic)) {
        care.setRadius(state, std::max(0.25, static_cast<double>(radius)));
    }
    anchorLastItem("care.coverage.radius");
    bool power = care.requirePower();
    if (ImGui::Checkbox(tr(CareText::CoverageRequirePower), &power)) care.setRequirePower(state, power);
    anchorLastItem("care.coverage.power");

    const auto& groups = analysis.groups();
    if (!groups.empty()) {
        care.vulnerableGroup = std::min(care.vulnerableGroup, groups.size() - 1);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(CareText::CoverageGroup));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(16 * em);
        if (ImGui::BeginCombo("##care.coverage.group", groupName(groups[care.vulnerableGroup]))) {
            for (size_t g = 0; g < groups.size(); ++g) {
                if (ImGui::Selectable(groupName(groups[g]), g == care.vulnerableGroup)) care.vulnerableGroup = g;
            }
            ImGui::EndCombo();
        }
        anchorLastItem("care.coverage.group");
    }
    if (ImGui::Button(tr(CareText::CoverageShowOnMap))) {
        state.showIndicator(kUncoveredIndicator);
        state.layers.setVisible(PointLayerId::ResiliencePoints, true);
        state.layers.showCoverage = true;
        state.layers.coverageRadiusKm = care.radiusKm();
    }
    anchorLastItem("care.coverage.map");
    ImGui::SameLine();
    if (ImGui::Button(tr(CareText::CoverageExportCsv))) care.exportCsvRequested = true;
    anchorLastItem("care.coverage.csv");
}

void drawTotals(const AppState& state, const CoverageTotals& totals, const CoverageAnalysis& analysis) {
    ImGui::TextWrapped("%s", scopeName(state).c_str());
    ImGui::Text("%s: %s · %s: %s (%s) · %s: %s", tr(CareText::ColumnResidents), people(totals.residents).c_str(),
                tr(CareText::ColumnCovered), people(totals.covered).c_str(), percent(totals.coveredShare).c_str(),
                tr(CareText::ColumnUncovered), people(totals.uncovered).c_str());
    anchorLastItem("care.coverage.totals");
    const size_t g = state.care.vulnerableGroup;
    if (g < totals.groups.size()) {
        ImGui::Text("%s: %s · %s: %s · %s: %s", groupName(analysis.groups()[g]), people(totals.groups[g].count).c_str(),
                    tr(CareText::ColumnCovered), people(totals.groups[g].covered).c_str(), tr(CareText::ColumnUncovered),
                    people(totals.groups[g].uncovered).c_str());
    }
    ImGui::Text("%s: %d · %s: %s · %s: %s", tr(CareText::ColumnPoints), totals.points, tr(CareText::ColumnCapacity),
                capacityText(totals.capacity).c_str(), tr(CareText::ColumnServed), people(totals.served).c_str());
}

void drawTable(AppState& state, const std::vector<CoverageTableRow>& rows) {
    const size_t g = state.care.vulnerableGroup;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = std::min(14.0f, static_cast<float>(rows.size()) + 1.5f) * ImGui::GetTextLineHeightWithSpacing();
    if (!ImGui::BeginTable("##care.coverage.table", 9, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (CareText column : {CareText::ColumnArea, CareText::ColumnResidents, CareText::ColumnCovered,
                            CareText::ColumnUncovered, CareText::ColumnCoveredPercent, CareText::ColumnGroupCovered,
                            CareText::ColumnGroupUncovered, CareText::ColumnCapacity, CareText::ColumnServed}) {
        ImGui::TableSetupColumn(tr(column));
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const CoverageTableRow& row = rows[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const bool selected = row.area.code == state.selectedCode;
            if (ImGui::Selectable((row.area.name + "##cov" + row.area.code).c_str(), selected)) state.select(row.area.code);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(people(row.area.residents).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(people(row.area.coveredResidents).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(people(row.area.uncoveredResidents).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.area.raw.residents > 0 ? percent(row.area.raw.coveredShare).c_str() : "–");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(g < row.area.groups.size() ? people(row.area.groups[g].covered).c_str() : "–");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(g < row.area.groups.size() ? people(row.area.groups[g].uncovered).c_str() : "–");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(capacityText(row.capacity).c_str());
            ImGui::TableNextColumn();
            const bool over = row.capacity && row.servedRaw > *row.capacity;
            if (over) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(170, 20, 40, 255));
            ImGui::TextUnformatted((people(row.served) + (over ? " !" : "")).c_str());
            if (over) ImGui::PopStyleColor();
            if (over && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(CareText::CoverageOverCapacity));
        }
    }
    ImGui::EndTable();
}

void drawGaps(AppState& state, const std::vector<CoverageTableRow>& rows) {
    const auto gaps = CareView::gapsOf(rows);
    const std::string header = std::string(tr(CareText::CoverageGaps)) + " (" + std::to_string(gaps.size()) + ")###gaps";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    anchorLastItem("care.coverage.gaps");
    if (gaps.empty()) {
        ImGui::TextWrapped("%s", tr(CareText::CoverageNoGaps));
        return;
    }
    const size_t g = state.care.vulnerableGroup;
    const int shown = std::min(static_cast<int>(gaps.size()), kGapsShown);
    for (int i = 0; i < shown; ++i) {
        const CoverageTableRow& row = gaps[static_cast<size_t>(i)];
        std::string line = std::to_string(i + 1) + ". " + row.area.name + ": " + people(row.area.uncoveredResidents) + " " +
                           tr(CareText::CoverageResidentsOutside);
        if (g < row.area.groups.size()) line += " (" + people(row.area.groups[g].uncovered) + ")";
        if (ImGui::Selectable((line + "##gap" + row.area.code).c_str(), row.area.code == state.selectedCode)) {
            state.select(row.area.code);
        }
    }
    if (static_cast<int>(gaps.size()) > shown) ImGui::TextDisabled("%s", tr(CareText::CoverageMoreGaps));
}

// Candidate and active points of the selection: a checkbox says whether each counts in the what-if.
void drawWhatIf(AppState& state, const CoverageAnalysis& analysis) {
    CareView& care = state.care;
    if (!ImGui::CollapsingHeader(tr(CareText::WhatIfHeader))) return;
    anchorLastItem("care.whatif.header");
    ImGui::TextWrapped("%s", tr(CareText::WhatIfIntro));
    std::vector<const ResiliencePoint*> points;
    for (const ResiliencePoint& p : analysis.allPoints()) {
        if (p.id < 0) continue;  // placed by hand: listed below
        const std::string stored = care.storedStatus(p);
        if (stored != "candidate" && stored != "active") continue;
        if (!state.selectedCode.empty()) {
            const Area* area = state.areas.find(p.areaCode);
            if (!area || !state.areas.isInside(*area, state.selectedCode)) continue;
        }
        points.push_back(&p);
    }
    const float height = std::min(10.0f, static_cast<float>(points.size()) + 0.5f) * ImGui::GetFrameHeightWithSpacing();
    if (ImGui::BeginChild("##care.whatif.list", ImVec2(0, std::max(height, ImGui::GetFrameHeightWithSpacing())), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(points.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const ResiliencePoint& p = *points[static_cast<size_t>(i)];
                bool on = care.switchedOn(p);
                const std::string label =
                    p.name + " (" + statusLabel(care.storedStatus(p)) + ")##whatif" + std::to_string(p.id);
                if (ImGui::Checkbox(label.c_str(), &on)) care.switchPoint(state, p.id, on);
                anchorLastItem("care.whatif.point." + std::to_string(p.id));
            }
        }
    }
    ImGui::EndChild();

    const bool picking = care.pick == MapPick::WhatIfPoint;
    if (ImGui::Button(tr(picking ? CareText::PlaceOnMapWaiting : CareText::WhatIfPlacePoint))) {
        care.pick = picking ? MapPick::None : MapPick::WhatIfPoint;
        care.pickedKm.reset();
    }
    anchorLastItem("care.whatif.place");
    if (picking && care.pickedKm) {
        const glm::dvec2 lonLat = geo::unprojectToLonLat(*care.pickedKm);
        const std::string name = std::string(tr(CareText::WhatIfPointName)) + " " + std::to_string(care.whatIfPoints().size() + 1);
        care.addWhatIfPoint(state, lonLat.x, lonLat.y, name);
        care.pick = MapPick::None;
        care.pickedKm.reset();
    }
    for (const ResiliencePoint& p : std::vector<ResiliencePoint>(care.whatIfPoints())) {
        ImGui::BulletText("%s (%.4f, %.4f)", p.name.c_str(), p.lat, p.lon);
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(tr(CareText::Remove)) + "##whatif" + std::to_string(p.id)).c_str())) {
            care.removeWhatIfPoint(state, p.id);
        }
    }
    if (care.hasWhatIf()) {
        if (ImGui::Button(tr(CareText::WhatIfClear))) care.clearWhatIf(state);
        anchorLastItem("care.whatif.clear");
    }
}

}  // namespace

static void drawCoverageTab(AppState& state) {
    CoverageAnalysis& analysis = state.care.coverage(state);
    drawSettings(state, analysis);
    ImGui::Separator();
    const auto rows = state.care.table(state);
    const CoverageTotals totals = totalsOf(rows, analysis.groups().size());
    drawTotals(state, totals, analysis);
    if (state.care.hasWhatIf()) ImGui::TextColored(ImVec4(0.65f, 0.3f, 0.0f, 1.0f), "%s", tr(CareText::WhatIfActive));
    drawTable(state, rows);
    drawGaps(state, rows);
    drawWhatIf(state, analysis);
}

void coverageTabItem(AppState& state) {
    if (!careTab(CareText::TabCoverage, "coverage")) return;
    drawCoverageTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
