#include "views/outage_model.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "io/csv_writer.h"
#include "io/stored_geometry.h"
#include "views/strings_scenarios.h"

namespace wb {
namespace {

void addTo(OutageArea& sum, const OutageArea& area) {
    sum.points += area.points;
    sum.workingPoints += area.workingPoints;
    sum.residentsRaw += area.residentsRaw;
    sum.uncoveredRaw += area.uncoveredRaw;
    sum.groupRaw.resize(area.groupRaw.size(), 0.0);
    sum.groupUncoveredRaw.resize(area.groupUncoveredRaw.size(), 0.0);
    for (size_t g = 0; g < area.groupRaw.size(); ++g) {
        sum.groupRaw[g] += area.groupRaw[g];
        sum.groupUncoveredRaw[g] += area.groupUncoveredRaw[g];
    }
}

// The shown figures of a sum, suppressed and rounded like any derived count.
void deriveShown(OutageArea& area) {
    area.residents = peopleCount(area.residentsRaw);
    area.uncovered = derivedPeopleCount(area.uncoveredRaw, area.residentsRaw);
    area.groupCounts.clear();
    area.groupUncovered.clear();
    for (size_t g = 0; g < area.groupRaw.size(); ++g) {
        area.groupCounts.push_back(peopleCount(area.groupRaw[g]));
        area.groupUncovered.push_back(derivedPeopleCount(area.groupUncoveredRaw[g], area.groupRaw[g]));
    }
}

const char* name(ui::ScenarioText id, Language language) { return ui::translation(id, language); }

std::string formatted(ui::ScenarioText id, Language language, const std::string& value) {
    char text[256];
    std::snprintf(text, sizeof text, name(id, language), value.c_str());
    return text;
}

}  // namespace

int OutageView::workingPoints() const {
    return static_cast<int>(std::count_if(points.begin(), points.end(), [](const OutagePoint& p) { return p.works; }));
}

std::vector<const Area*> municipalitiesOf(const AreaDirectory& directory, const std::string& scopeCode) {
    std::vector<const Area*> out;
    for (const Area* area : directory.atLevel(AreaLevel::Municipality)) {
        if (scopeCode.empty() || directory.isInside(*area, scopeCode)) out.push_back(area);
    }
    if (out.empty() && !scopeCode.empty()) {
        // A district or neighbourhood: the municipality it lies in.
        if (const Area* scope = directory.find(scopeCode)) {
            if (const Area* m = directory.ancestorAt(*scope, AreaLevel::Municipality)) out.push_back(m);
        }
    }
    std::sort(out.begin(), out.end(), [](const Area* a, const Area* b) { return a->name < b->name; });
    return out;
}

const OutageView& OutageModel::view(const Database& db, long changeCount, const AreaDirectory& directory,
                                    const std::string& scenarioCode, double hour, const std::string& scopeCode,
                                    double radiusKm) const {
    const bool reload = !analysis_ || loadedDb_ != &db || loadedChange_ != changeCount || loadedRadiusKm_ != radiusKm;
    if (!reload && last_ && last_->hour == hour && last_->scopeCode == scopeCode && lastAsked_ == scenarioCode) {
        return *last_;
    }
    lastAsked_ = scenarioCode;
    if (reload) {
        CoverageSettings settings;
        settings.radiusKm = radiusKm;
        analysis_ = CoverageAnalysis::load(db, settings, io::storedBoundaries(db, settings.level, settings.year));
        loadedRadiusKm_ = radiusKm;
        loadedDb_ = &db;
        loadedChange_ = changeCount;
    }

    OutageView out;
    out.hour = hour;
    out.scopeCode = scopeCode;
    std::optional<Scenario> scenario = scenarioCode.empty() ? std::nullopt : findScenario(db, scenarioCode);
    if (!scenario) {
        const auto catalogue = scenarioCatalogue(db);
        if (!catalogue.empty()) scenario = catalogue.front();
    }
    if (!scenario) {
        last_ = std::move(out);
        return *last_;
    }
    out.scenario = *scenario;

    PointQualification base;  // active points; the outage rule is added per hour
    const HourView hourView = scenarioHourView(db, scenario->id, hour, base, *analysis_);
    out.powerOut = hourView.powerOut;

    // The groups shown: the electricity-dependent ones the analysis knows.
    const auto dependent = electricityDependentIndicators(db);
    std::vector<size_t> groupIndex;
    const auto& groups = analysis_->groups();
    for (size_t g = 0; g < groups.size(); ++g) {
        if (std::find(dependent.begin(), dependent.end(), groups[g].id) == dependent.end()) continue;
        groupIndex.push_back(g);
        out.groups.push_back(groups[g]);
        out.groupHit.push_back(g < hourView.groupHit.size() && hourView.groupHit[g]);
    }

    const auto municipalities = municipalitiesOf(directory, scopeCode);
    std::unordered_map<std::string, size_t> rowOf;
    for (const Area* m : municipalities) {
        rowOf.emplace(m->code, out.areas.size());
        OutageArea row;
        row.code = m->code;
        row.name = m->name;
        row.groupRaw.assign(groupIndex.size(), 0.0);
        row.groupUncoveredRaw.assign(groupIndex.size(), 0.0);
        out.areas.push_back(std::move(row));
    }
    for (const AreaCoverageRow& covered : hourView.areas) {
        const auto found = rowOf.find(covered.code);
        if (found == rowOf.end()) continue;
        OutageArea& row = out.areas[found->second];
        row.residentsRaw = covered.raw.residents;
        row.uncoveredRaw = covered.raw.uncoveredResidents;
        for (size_t k = 0; k < groupIndex.size(); ++k) {
            const size_t g = groupIndex[k];
            row.groupUncoveredRaw[k] = g < covered.raw.uncoveredGroups.size() ? covered.raw.uncoveredGroups[g] : 0.0;
            // The counted value (kept by PeopleCount even when it may not be shown).
            row.groupRaw[k] = g < covered.groups.size() ? covered.groups[g].count.value : 0.0;
        }
    }

    std::unordered_map<int64_t, const ResiliencePoint*> pointById;
    for (const auto& p : analysis_->allPoints()) pointById.emplace(p.id, &p);
    for (const PointAtHour& p : hourView.points) {
        const auto found = pointById.find(p.id);
        if (found == pointById.end()) continue;
        const ResiliencePoint& point = *found->second;
        const auto row = rowOf.find(point.areaCode);
        if (!scopeCode.empty() && row == rowOf.end()) continue;
        out.points.push_back({p.id, p.name, point.areaCode, p.works, point.emergencyPower, point.autonomyHours});
        if (row != rowOf.end()) {
            out.areas[row->second].points += 1;
            out.areas[row->second].workingPoints += p.works ? 1 : 0;
        }
    }
    std::sort(out.points.begin(), out.points.end(),
              [](const OutagePoint& a, const OutagePoint& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });

    out.total.code = scopeCode;
    out.total.groupRaw.assign(groupIndex.size(), 0.0);
    out.total.groupUncoveredRaw.assign(groupIndex.size(), 0.0);
    for (OutageArea& row : out.areas) {
        deriveShown(row);
        addTo(out.total, row);
    }
    // Points without an area count in the Netherlands' total only.
    out.total.points = static_cast<int>(out.points.size());
    out.total.workingPoints = out.workingPoints();
    deriveShown(out.total);
    last_ = std::move(out);
    return *last_;
}

std::string outageCsv(const OutageView& view, Language language) {
    using ui::ScenarioText;
    io::CsvWriter csv(io::CsvStyle::forLanguage(language));
    csv.field(name(ScenarioText::ColumnArea, language));
    csv.field("code");
    csv.field(name(ScenarioText::Catalogue, language));
    csv.field(name(ScenarioText::Hours, language));
    csv.field(name(ScenarioText::ColumnPoints, language));
    csv.field(name(ScenarioText::ColumnResidents, language));
    csv.field(name(ScenarioText::ColumnUncovered, language));
    for (const auto& g : view.groups) {
        const std::string& groupName = language == Language::Dutch ? g.nameNl : g.nameEn;
        csv.field(formatted(ScenarioText::ColumnGroupCount, language, groupName));
        csv.field(formatted(ScenarioText::ColumnGroupUncovered, language, groupName));
    }
    csv.endRow();
    const std::string scenario = ui::scenarioName(view.scenario, language);
    auto people = [&](const PeopleCount& count) {
        if (count.suppressed) csv.field("<5"); else csv.number(count.value, 0);
    };
    auto row = [&](const OutageArea& area, const std::string& label) {
        csv.field(label);
        csv.field(area.code);
        csv.field(scenario);
        csv.number(view.hour, 1);
        csv.field(std::to_string(area.workingPoints) + "/" + std::to_string(area.points));
        people(area.residents);
        people(area.uncovered);
        for (size_t g = 0; g < area.groupCounts.size(); ++g) {
            people(area.groupCounts[g]);
            people(area.groupUncovered[g]);
        }
        csv.endRow();
    };
    for (const OutageArea& area : view.areas) row(area, area.name);
    row(view.total, name(ScenarioText::Total, language));
    return csv.text();
}

}  // namespace wb
