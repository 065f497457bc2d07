#include "views/care_view.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "core/number_format.h"
#include "geo/projection.h"
#include "io/csv_writer.h"
#include "io/stored_geometry.h"
#include "views/app_state.h"
#include "views/strings_care.h"

namespace wb {
namespace {

const ResiliencePoint* findIn(const std::vector<ResiliencePoint>& points, int64_t id) {
    const auto found = std::find_if(points.begin(), points.end(), [id](const ResiliencePoint& p) { return p.id == id; });
    return found == points.end() ? nullptr : &*found;
}

const char* statusWhen(bool counted) { return counted ? "active" : "inactive"; }

}  // namespace

// ---- keeping the analysis in step with the database ----

bool CareView::current(const AppState& state) const {
    return analysis_ && loadedDb_ == state.db.handle() && loadedChange_ == state.changeCount;
}

void CareView::followed(const AppState& state) const {
    loadedDb_ = state.db.handle();
    loadedChange_ = state.changeCount;
}

CoverageAnalysis& CareView::coverage(const AppState& state) const {
    if (!current(state)) {
        CoverageSettings settings;
        settings.radiusKm = radiusKm_;
        analysis_.reset();
        analysis_ = CoverageAnalysis::load(state.db, settings, io::storedBoundaries(state.db, settings.level, settings.year));
        applySettings(*analysis_);
        applyWhatIf(*analysis_);
        followed(state);
    }
    return *analysis_;
}

void CareView::applySettings(CoverageAnalysis& analysis) const {
    PointQualification qualification;
    qualification.statuses = {"active"};
    qualification.requireEmergencyPower = requirePower_;
    analysis.setQualification(qualification);
}

// A freshly loaded analysis has the database's points: put the what-if changes back on top. A
// switched point that is gone from the database, or whose stored status now says the same as the
// switch, needs no switch any more.
void CareView::applyWhatIf(CoverageAnalysis& analysis) const {
    for (auto it = switched_.begin(); it != switched_.end();) {
        const ResiliencePoint* stored = findIn(analysis.allPoints(), it->first);
        if (!stored || (stored->status == "active") == it->second) {
            it = switched_.erase(it);
            continue;
        }
        storedStatus_[it->first] = stored->status;
        ResiliencePoint point = *stored;
        point.status = statusWhen(it->second);
        putPoint(analysis, point);
        ++it;
    }
    for (const ResiliencePoint& point : added_) analysis.addPoint(point);
}

void CareView::putPoint(CoverageAnalysis& analysis, ResiliencePoint point) const {
    analysis.removePoint(point.id);
    analysis.addPoint(std::move(point));
}

// ---- settings ----

void CareView::setRadius(AppState& state, double radiusKm) {
    radiusKm_ = radiusKm;
    if (analysis_) analysis_->setRadius(radiusKm);
    state.layers.coverageRadiusKm = radiusKm;  // the rings on the map show the same distance
    state.refreshComputed();
}

void CareView::setRequirePower(AppState& state, bool on) {
    requirePower_ = on;
    if (analysis_) applySettings(*analysis_);
    state.refreshComputed();
}

// ---- what if ----

bool CareView::switchedOn(const ResiliencePoint& point) const {
    const auto switched = switched_.find(point.id);
    return switched != switched_.end() ? switched->second : point.status == "active";
}

std::string CareView::storedStatus(const ResiliencePoint& point) const {
    const auto stored = storedStatus_.find(point.id);
    return isSwitched(point.id) && stored != storedStatus_.end() ? stored->second : point.status;
}

void CareView::switchPoint(AppState& state, int64_t id, bool counted) {
    CoverageAnalysis& analysis = coverage(state);
    const ResiliencePoint* inAnalysis = findIn(analysis.allPoints(), id);
    if (!inAnalysis) return;
    const auto stored = findResiliencePoint(state.db, id);
    if (!stored) return;
    ResiliencePoint point = *inAnalysis;
    point.status = stored->status;
    if ((stored->status == "active") == counted) {
        switched_.erase(id);
    } else {
        switched_[id] = counted;
        storedStatus_[id] = stored->status;
        point.status = statusWhen(counted);
    }
    putPoint(analysis, point);
    state.refreshComputed();
}

int64_t CareView::addWhatIfPoint(AppState& state, double lon, double lat, const std::string& name) {
    ResiliencePoint point;
    point.id = nextWhatIfId_--;
    point.name = name;
    point.status = "active";
    point.emergencyPower = true;  // a point imagined for the analysis counts under either setting
    point.lon = lon;
    point.lat = lat;
    point.areaCode = municipalityAt(state, geo::projectLonLat(lon, lat));
    coverage(state).addPoint(point);
    added_.push_back(point);
    state.refreshComputed();
    return point.id;
}

void CareView::removeWhatIfPoint(AppState& state, int64_t id) {
    const auto found = std::find_if(added_.begin(), added_.end(), [id](const ResiliencePoint& p) { return p.id == id; });
    if (found == added_.end()) return;
    added_.erase(found);
    coverage(state).removePoint(id);
    state.refreshComputed();
}

void CareView::clearWhatIf(AppState& state) {
    switched_.clear();
    added_.clear();
    analysis_.reset();  // the database's points as they are: load again
    state.refreshComputed();
}

// ---- edits stored by the UI ----

void CareView::pointSaved(AppState& state, const ResiliencePoint& point) {
    const bool follow = current(state);
    if (follow) {
        ResiliencePoint shown = point;
        const auto switched = switched_.find(point.id);
        if (switched != switched_.end()) {
            if ((point.status == "active") == switched->second) switched_.erase(switched);
            else {
                storedStatus_[point.id] = point.status;
                shown.status = statusWhen(switched->second);
            }
        }
        putPoint(*analysis_, shown);
    }
    state.layers.load(state.db);
    state.dataChanged();  // recolours a computed indicator from the analysis edited above
    if (follow) followed(state);
}

void CareView::pointRemoved(AppState& state, int64_t id) {
    const bool follow = current(state);
    switched_.erase(id);
    if (follow) analysis_->removePoint(id);
    state.layers.load(state.db);
    state.dataChanged();
    if (follow) followed(state);
}

// ---- figures ----

std::vector<CoverageTableRow> CareView::table(const AppState& state) const {
    const CoverageAnalysis& analysis = coverage(state);
    std::unordered_map<int64_t, const ResiliencePoint*> pointById;
    for (const ResiliencePoint& p : analysis.allPoints()) pointById[p.id] = &p;
    std::unordered_map<std::string, CoverageTableRow> byArea;
    for (const PointLoadRow& load : analysis.pointLoads()) {
        const auto found = pointById.find(load.id);
        if (found == pointById.end()) continue;
        const ResiliencePoint* point = found->second;
        const std::string code =
            point->areaCode.empty() ? municipalityAt(state, geo::projectLonLat(point->lon, point->lat)) : point->areaCode;
        CoverageTableRow& row = byArea[code];
        ++row.points;
        if (load.capacity) row.capacity = row.capacity.value_or(0) + static_cast<double>(*load.capacity);
        row.servedRaw += load.servedResidents;
    }
    std::vector<CoverageTableRow> rows;
    for (size_t i = 0; i < analysis.areaCount(); ++i) {
        AreaCoverageRow area = analysis.area(i);
        if (!state.selectedCode.empty()) {
            const Area* known = state.areas.find(area.code);
            if (!known || !state.areas.isInside(*known, state.selectedCode)) continue;
        }
        CoverageTableRow row;
        const auto loads = byArea.find(area.code);
        if (loads != byArea.end()) row = loads->second;
        row.served = derivedPeopleCount(row.servedRaw, row.servedRaw);
        row.area = std::move(area);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(),
              [](const CoverageTableRow& a, const CoverageTableRow& b) { return a.area.name < b.area.name; });
    return rows;
}

std::vector<CoverageTableRow> CareView::gapsOf(std::vector<CoverageTableRow> rows) {
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const CoverageTableRow& r) { return !(r.area.raw.residents > 0 && r.area.raw.uncoveredResidents > 0); }),
               rows.end());
    std::stable_sort(rows.begin(), rows.end(), [](const CoverageTableRow& a, const CoverageTableRow& b) {
        return a.area.raw.uncoveredResidents > b.area.raw.uncoveredResidents;
    });
    return rows;
}

std::vector<std::optional<double>> CareView::uncoveredValues(const AppState& state, const std::vector<Area>& areas) const {
    const CoverageAnalysis& analysis = coverage(state);
    // Raw residents and uncovered residents per municipality and per region/province above it.
    std::unordered_map<std::string, std::pair<double, double>> sums;
    for (size_t i = 0; i < analysis.areaCount(); ++i) {
        const geo::AreaCoverage raw = analysis.model().area(i);
        const std::string code = analysis.area(i).code;
        sums[code] = {raw.residents, raw.uncoveredResidents};
        const Area* known = state.areas.find(code);
        if (!known) continue;
        for (AreaLevel up : {AreaLevel::SafetyRegion, AreaLevel::Province}) {
            if (const Area* parent = state.areas.ancestorAt(*known, up)) {
                auto& sum = sums[parent->code];
                sum.first += raw.residents;
                sum.second += raw.uncoveredResidents;
            }
        }
    }
    std::vector<std::optional<double>> values;
    values.reserve(areas.size());
    for (const Area& area : areas) {
        const auto sum = sums.find(area.code);
        if (sum == sums.end()) {
            values.emplace_back();
            continue;
        }
        const PeopleCount count = derivedPeopleCount(sum->second.second, sum->second.first);
        values.emplace_back(count.suppressed ? 0.0 : count.value);
    }
    return values;
}

CoverageTotals totalsOf(const std::vector<CoverageTableRow>& rows, size_t groupCount) {
    CoverageTotals totals;
    std::vector<double> groupCount_(groupCount, 0.0), groupCovered(groupCount, 0.0), groupUncovered(groupCount, 0.0);
    double served = 0;
    for (const CoverageTableRow& row : rows) {
        totals.residentsRaw += row.area.raw.residents;
        totals.coveredRaw += row.area.raw.coveredResidents;
        totals.uncoveredRaw += row.area.raw.uncoveredResidents;
        for (size_t g = 0; g < groupCount && g < row.area.groups.size(); ++g) {
            groupCount_[g] += row.area.groups[g].count.value;
            groupCovered[g] += row.area.raw.coveredGroups[g];
            groupUncovered[g] += row.area.raw.uncoveredGroups[g];
        }
        totals.points += row.points;
        if (row.capacity) totals.capacity = totals.capacity.value_or(0) + *row.capacity;
        served += row.servedRaw;
    }
    totals.residents = peopleCount(totals.residentsRaw);
    totals.covered = derivedPeopleCount(totals.coveredRaw, totals.residentsRaw);
    totals.uncovered = derivedPeopleCount(totals.uncoveredRaw, totals.residentsRaw);
    totals.coveredShare = totals.residentsRaw > 0 ? totals.coveredRaw / totals.residentsRaw : 0;
    for (size_t g = 0; g < groupCount; ++g) {
        totals.groups.push_back({peopleCount(groupCount_[g]), derivedPeopleCount(groupCovered[g], groupCount_[g]),
                                 derivedPeopleCount(groupUncovered[g], groupCount_[g])});
    }
    totals.served = derivedPeopleCount(served, served);
    return totals;
}

// With boundaries the cells lie inside their municipality, so the nearest cell tells; land-area
// discs overlap their neighbours, so for those the nearest centroid is the better guess.
std::string CareView::municipalityAt(const AppState& state, glm::dvec2 km) const {
    const CoverageAnalysis& analysis = coverage(state);
    const geo::PopulationCells& cells = analysis.model().cells();
    const auto distance2 = [km](glm::dvec2 p) { return (p.x - km.x) * (p.x - km.x) + (p.y - km.y) * (p.y - km.y); };
    double best = std::numeric_limits<double>::infinity();
    size_t bestArea = 0;
    for (size_t c = 0; c < cells.positions.size(); ++c) {
        if (cells.placement[cells.areaOf[c]] != geo::Placement::Boundary) continue;
        const double d2 = distance2(cells.positions[c]);
        if (d2 < best) {
            best = d2;
            bestArea = cells.areaOf[c];
        }
    }
    for (size_t a = 0; a < analysis.areaCount(); ++a) {
        if (cells.placement[a] == geo::Placement::Boundary) continue;
        const Area* area = state.areas.find(analysis.area(a).code);
        if (!area) continue;
        const double d2 = distance2(geo::projectLonLat(area->centroidLon, area->centroidLat));
        if (d2 < best) {
            best = d2;
            bestArea = a;
        }
    }
    return best == std::numeric_limits<double>::infinity() ? std::string() : analysis.area(bestArea).code;
}

std::string coverageCsv(const AppState& state, Language language) {
    using ui::CareText;
    const auto t = [language](CareText id) { return std::string(ui::translation(id, language)); };
    const bool dutch = language == Language::Dutch;
    const CoverageAnalysis& analysis = state.care.coverage(state);
    const std::string within = " (" + formatNumber(state.care.radiusKm(), 1, language) + " km)";
    io::CsvWriter csv(io::CsvStyle::forLanguage(language));
    for (const std::string& heading :
         {t(CareText::ColumnCode), t(CareText::ColumnArea), t(CareText::ColumnResidents), t(CareText::ColumnCovered) + within,
          t(CareText::ColumnUncovered) + within, t(CareText::ColumnCoveredPercent)}) {
        csv.field(heading);
    }
    for (const VulnerabilityIndicator& group : analysis.groups()) {
        const std::string name = dutch ? group.nameNl : group.nameEn;
        csv.field(name);
        csv.field(name + ": " + t(CareText::ColumnCovered) + within);
        csv.field(name + ": " + t(CareText::ColumnUncovered) + within);
    }
    csv.field(t(CareText::ColumnPoints));
    csv.field(t(CareText::ColumnCapacity));
    csv.field(t(CareText::ColumnServed));
    csv.endRow();
    const auto people = [&](const PeopleCount& c) {
        if (c.suppressed) csv.field(formatPeopleCount(c, language)); else csv.number(c.value, 0);
    };
    for (const CoverageTableRow& row : state.care.table(state)) {
        csv.field(row.area.code);
        csv.field(row.area.name);
        people(row.area.residents);
        people(row.area.coveredResidents);
        people(row.area.uncoveredResidents);
        if (row.area.raw.residents > 0) csv.number(100.0 * row.area.raw.coveredShare, 1); else csv.empty();
        for (const GroupCoverage& g : row.area.groups) {
            people(g.count);
            people(g.covered);
            people(g.uncovered);
        }
        csv.number(row.points, 0);
        if (row.capacity) csv.number(*row.capacity, 0); else csv.empty();
        people(row.served);
        csv.endRow();
    }
    return csv.text();
}

}  // namespace wb
