#include "views/accessible_care.h"

#include <map>
#include <memory>
#include <string>

#include "core/number_format.h"
#include "core/resilience_points.h"
#include "core/vulnerability.h"
#include "views/care_view.h"
#include "views/strings.h"
#include "views/strings_care.h"

namespace wb {
namespace {

using io::HtmlWriter;
using ui::CareText;

constexpr size_t kGapsListed = 25;  // as many as the Dekking tab lists

class CareWriter {
public:
    CareWriter(const AppState& state, Language language) : state_(state), language_(language) {}

    void vulnerability(HtmlWriter& html) const {
        const Area* selected = state_.areas.find(state_.selectedCode);
        const VulnerabilityTable table =
            vulnerabilityTable(state_.db, selected ? selected->level : AreaLevel::Country, kDefaultDivisionYear);
        const AreaVulnerability* area = nullptr;
        for (const AreaVulnerability& a : table.areas) {
            if (!selected || a.code == selected->code) {
                area = &a;
                break;
            }
        }
        const std::string areaName = area ? area->name : t(CareText::Netherlands);
        if (table.indicators.empty()) {
            html.element("p", t(CareText::NoVulnerabilityIndicators));
            return;
        }
        html.open("table");
        html.element("caption", std::string(t(CareText::A11yVulnerabilityCaption)) + " " + areaName);
        header(html, {CareText::ColumnIndicator, CareText::ColumnSource, CareText::ColumnYear, CareText::ColumnValue,
                      CareText::ColumnPerThousand, CareText::ColumnWeight});
        html.open("tbody");
        for (size_t k = 0; k < table.indicators.size(); ++k) {
            const VulnerabilityIndicator& indicator = table.indicators[k];
            html.open("tr");
            html.element("th", dutch() ? indicator.nameNl : indicator.nameEn, {{"scope", "row"}});
            html.element("td", indicator.source);
            html.element("td", indicator.year ? std::to_string(indicator.year) : "-");
            html.element("td", area && area->counts[k] ? formatPeopleCount(area->shownCounts[k], language_) : "-");
            html.element("td", area && area->ratePer1000[k] ? formatNumber(*area->ratePer1000[k], 1, language_) : "-");
            html.element("td", formatNumber(table.weights[k], 1, language_));
            html.close();
        }
        html.close().close();
        html.element("p", std::string(t(CareText::IndexOfSelection)) + " (" + areaName + "): " +
                              (area && area->index ? formatNumber(*area->index, 2, language_) : "-") + ". " +
                              t(CareText::IndexExplanation));
    }

    void points(HtmlWriter& html) const {
        std::map<std::string, int> perStatus;
        std::vector<ResiliencePoint> shown;
        for (ResiliencePoint& p : listResiliencePoints(state_.db)) {
            if (!inScope(p.areaCode)) continue;
            ++perStatus[p.status];
            shown.push_back(std::move(p));
        }
        std::string summary = std::string(t(CareText::PointsShown)) + ": " + std::to_string(shown.size());
        for (const char* status : {"active", "planned", "candidate", "inactive"}) {
            summary += std::string("; ") + ui::statusLabel(status, language_) + ": " + std::to_string(perStatus[status]);
        }
        html.element("p", summary + ".");
        if (shown.empty()) return;
        if (state_.selectedCode.empty()) {  // the whole country's points would be a table of thousands of rows
            html.element("p", t(CareText::A11ySelectForPoints));
            return;
        }
        html.open("table");
        html.element("caption", std::string(t(CareText::A11yPointsCaption)) + " " + scopeName());
        header(html, {CareText::FieldName, CareText::FieldType, CareText::FieldStatus, CareText::FieldMunicipality,
                      CareText::FieldFunctions, CareText::ColumnPower, CareText::FieldCapacity, CareText::FieldStaff,
                      CareText::FieldOpenWithin, CareText::FieldStepFree});
        html.open("tbody");
        for (const ResiliencePoint& p : shown) {
            html.open("tr");
            html.element("th", p.name, {{"scope", "row"}});
            html.element("td", t(p.pointType == "fire_station" ? CareText::TypeFireStation : CareText::TypeLocal));
            html.element("td", ui::statusLabel(p.status, language_));
            const Area* area = state_.areas.find(p.areaCode);
            html.element("td", area ? area->name : p.areaCode);
            std::string functions;
            for (const std::string& f : p.functions) functions += (functions.empty() ? "" : ", ") + std::string(ui::functionLabel(f, language_));
            html.element("td", functions.empty() ? "-" : functions);
            std::string power = t(p.emergencyPower ? CareText::Yes : CareText::No);
            if (p.emergencyPower && p.autonomyHours) power += " (" + formatNumber(*p.autonomyHours, 0, language_) + " h)";
            html.element("td", power);
            html.element("td", p.capacityPersons ? formatNumber(static_cast<double>(*p.capacityPersons), 0, language_) : "-");
            html.element("td", p.staff ? std::to_string(*p.staff) : "-");
            html.element("td", p.openWithinHours ? formatNumber(*p.openWithinHours, 1, language_) + " h" : "-");
            html.element("td", t(p.stepFreeAccess ? CareText::Yes : CareText::No));
            html.close();
        }
        html.close().close();
    }

    void coverage(HtmlWriter& html) const {
        const CoverageAnalysis& analysis = state_.care.coverage(state_);
        const auto rows = state_.care.table(state_);
        const CoverageTotals totals = totalsOf(rows, analysis.groups().size());
        const std::string distance = formatNumber(state_.care.radiusKm(), 2, language_) + " km";
        html.element("p", std::string(t(CareText::CoverageDistance)) + ": " + distance + ". " +
                              t(state_.care.requirePower() ? CareText::A11yPointsCountedPowered
                                                           : CareText::A11yPointsCountedActive) +
                              (state_.care.hasWhatIf() ? std::string(" ") + t(CareText::WhatIfActive) : std::string()));
        html.element("p", scopeName() + ": " + t(CareText::ColumnResidents) + " " + people(totals.residents) + "; " +
                              t(CareText::ColumnCovered) + " " + people(totals.covered) + " (" +
                              formatNumber(100.0 * totals.coveredShare, 1, language_) + "%); " +
                              t(CareText::ColumnUncovered) + " " + people(totals.uncovered) + "; " +
                              t(CareText::ColumnPoints) + " " + std::to_string(totals.points) + "; " +
                              t(CareText::ColumnCapacity) + " " +
                              (totals.capacity ? formatNumber(*totals.capacity, 0, language_) : std::string("-")) + "; " +
                              t(CareText::ColumnServed) + " " + people(totals.served) + ".",
                     {{"id", "a11y-coverage-totals"}});

        html.open("table", {{"id", "a11y-coverage-table"}});
        html.element("caption", std::string(t(CareText::A11yCoverageCaption)) + " " + scopeName() + " (" + distance + ")");
        html.open("thead").open("tr");
        html.element("th", t(CareText::ColumnArea), {{"scope", "col"}});
        for (CareText c : {CareText::ColumnCode, CareText::ColumnResidents, CareText::ColumnCovered, CareText::ColumnUncovered,
                           CareText::ColumnCoveredPercent}) {
            html.element("th", t(c), {{"scope", "col"}});
        }
        const size_t group = state_.care.vulnerableGroup;  // the group the tab shows; the CSV has them all
        if (group < analysis.groups().size()) {
            const VulnerabilityIndicator& g = analysis.groups()[group];
            const std::string name = dutch() ? g.nameNl : g.nameEn;
            html.element("th", name + ": " + t(CareText::ColumnCovered), {{"scope", "col"}});
            html.element("th", name + ": " + t(CareText::ColumnUncovered), {{"scope", "col"}});
        }
        for (CareText c : {CareText::ColumnPoints, CareText::ColumnCapacity, CareText::ColumnServed}) {
            html.element("th", t(c), {{"scope", "col"}});
        }
        html.close().close().open("tbody");
        for (const CoverageTableRow& row : rows) {
            html.open("tr", {{"data-code", row.area.code}});
            html.element("th", row.area.name, {{"scope", "row"}});
            html.element("td", row.area.code);
            html.element("td", people(row.area.residents));
            html.element("td", people(row.area.coveredResidents));
            html.element("td", people(row.area.uncoveredResidents));
            html.element("td", row.area.raw.residents > 0 ? formatNumber(100.0 * row.area.raw.coveredShare, 1, language_) : "-");
            if (group < row.area.groups.size()) {
                html.element("td", people(row.area.groups[group].covered));
                html.element("td", people(row.area.groups[group].uncovered));
            }
            html.element("td", std::to_string(row.points));
            html.element("td", row.capacity ? formatNumber(*row.capacity, 0, language_) : "-");
            html.element("td", people(row.served));
            html.close();
        }
        html.close().close();

        const auto gaps = CareView::gapsOf(rows);
        html.element("h3", std::string(t(CareText::CoverageGaps)) + " (" + std::to_string(gaps.size()) + ")");
        if (gaps.empty()) {
            html.element("p", t(CareText::CoverageNoGaps));
            return;
        }
        html.open("ol", {{"id", "a11y-coverage-gaps"}});
        for (size_t i = 0; i < gaps.size() && i < kGapsListed; ++i) {
            html.element("li", gaps[i].area.name + ": " + people(gaps[i].area.uncoveredResidents) + " " +
                                   t(CareText::CoverageResidentsOutside));
        }
        html.close();
    }

private:
    const char* t(CareText id) const { return ui::translation(id, language_); }
    bool dutch() const { return language_ == Language::Dutch; }
    std::string people(const PeopleCount& c) const { return formatPeopleCount(c, language_); }

    bool inScope(const std::string& code) const {
        if (state_.selectedCode.empty()) return true;
        const Area* area = state_.areas.find(code);
        return area && state_.areas.isInside(*area, state_.selectedCode);
    }

    std::string scopeName() const {
        const Area* selected = state_.areas.find(state_.selectedCode);
        return selected ? selected->name : std::string(t(CareText::Netherlands));
    }

    void header(HtmlWriter& html, std::initializer_list<CareText> columns) const {
        html.open("thead").open("tr");
        for (CareText c : columns) html.element("th", t(c), {{"scope", "col"}});
        html.close().close();
    }

    const AppState& state_;
    Language language_;
};

}  // namespace

std::vector<AccessibleSection> careSections(const AppState& state, Language language) {
    auto writer = std::make_shared<CareWriter>(state, language);
    const auto t = [language](CareText id) { return std::string(ui::translation(id, language)); };
    return {
        {"a11y-vulnerability", t(CareText::TabVulnerability), [writer](HtmlWriter& html) { writer->vulnerability(html); }},
        {"a11y-resilience-points", t(CareText::TabResiliencePoints), [writer](HtmlWriter& html) { writer->points(html); }},
        {"a11y-coverage", t(CareText::TabCoverage), [writer](HtmlWriter& html) { writer->coverage(html); }},
    };
}

}  // namespace wb
