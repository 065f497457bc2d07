#include "core/coverage_analysis.h"

#include <algorithm>

#include "geo/population_spread.h"
#include "geo/projection.h"

namespace wb {

geo::CoveragePoint coveragePointOf(const ResiliencePoint& point) {
    geo::CoveragePoint out;
    out.id = point.id;
    out.km = geo::projectLonLat(point.lon, point.lat);
    if (point.capacityPersons) out.capacity = static_cast<double>(*point.capacityPersons);
    return out;
}

CoverageAnalysis CoverageAnalysis::load(const Database& db, const CoverageSettings& settings,
                                        const AreaBoundaries& boundaries) {
    std::vector<Area> areas = areasAtLevel(db, settings.level, settings.year);
    const auto landArea = latestIndicatorValues(db, "land_area", areas);
    const auto residents = latestIndicatorValues(db, "population", areas);
    auto groups = vulnerabilityIndicators(db);

    std::vector<geo::AreaShape> shapes(areas.size());
    std::vector<geo::AreaPopulation> population(areas.size());
    for (size_t a = 0; a < areas.size(); ++a) {
        const auto boundary = boundaries.find(areas[a].code);
        if (boundary != boundaries.end()) shapes[a].polygons = geo::projectPolygons(boundary->second);
        shapes[a].centreKm = geo::projectLonLat(areas[a].centroidLon, areas[a].centroidLat);
        shapes[a].landAreaKm2 = landArea[a].value_or(0.0);
        population[a].residents = residents[a].value_or(0.0);
    }
    for (const auto& group : groups) {
        const auto counts = latestIndicatorValues(db, group.id, areas);
        for (size_t a = 0; a < areas.size(); ++a) population[a].groups.push_back(counts[a].value_or(0.0));
    }

    geo::CoverageModel model(geo::spreadPopulation(shapes, settings.spread), population, settings.radiusKm);
    CoverageAnalysis analysis(settings, std::move(model));
    analysis.areas_ = std::move(areas);
    for (const auto& p : population) {
        analysis.residents_.push_back(p.residents);
        analysis.groupCounts_.push_back(p.groups);
    }
    analysis.groups_ = std::move(groups);
    analysis.points_ = listResiliencePoints(db);
    analysis.model_.setPoints(analysis.qualifyingPoints());
    return analysis;
}

std::vector<geo::CoveragePoint> CoverageAnalysis::qualifyingPoints() const {
    std::vector<geo::CoveragePoint> out;
    for (const auto& p : points_) {
        if (qualifies(p, settings_.points)) out.push_back(coveragePointOf(p));
    }
    return out;
}

ResiliencePoint* CoverageAnalysis::findPoint(int64_t id) {
    const auto found = std::find_if(points_.begin(), points_.end(), [id](const ResiliencePoint& p) { return p.id == id; });
    return found == points_.end() ? nullptr : &*found;
}

void CoverageAnalysis::setQualification(const PointQualification& qualification) {
    settings_.points = qualification;
    model_.setPoints(qualifyingPoints());
}

void CoverageAnalysis::setRadius(double radiusKm) {
    model_.setRadius(radiusKm);
    settings_.radiusKm = radiusKm;
}

int64_t CoverageAnalysis::addPoint(ResiliencePoint point) {
    if (point.id == 0 || findPoint(point.id)) point.id = nextWhatIfId_--;
    if (qualifies(point, settings_.points)) model_.addPoint(coveragePointOf(point));
    points_.push_back(std::move(point));
    return points_.back().id;
}

bool CoverageAnalysis::removePoint(int64_t id) {
    const auto found = std::find_if(points_.begin(), points_.end(), [id](const ResiliencePoint& p) { return p.id == id; });
    if (found == points_.end()) return false;
    points_.erase(found);
    model_.removePoint(id);
    return true;
}

bool CoverageAnalysis::movePoint(int64_t id, double lon, double lat) {
    ResiliencePoint* point = findPoint(id);
    if (!point) return false;
    point->lon = lon;
    point->lat = lat;
    model_.movePoint(id, geo::projectLonLat(lon, lat));  // no-op for a point that does not qualify
    return true;
}

AreaCoverageRow CoverageAnalysis::area(size_t index) const {
    AreaCoverageRow row;
    row.code = areas_[index].code;
    row.name = areas_[index].name;
    row.placement = model_.cells().placement[index];
    row.raw = model_.area(index);
    row.residents = peopleCount(row.raw.residents);
    row.coveredResidents = derivedPeopleCount(row.raw.coveredResidents, row.raw.residents);
    row.uncoveredResidents = derivedPeopleCount(row.raw.uncoveredResidents, row.raw.residents);
    for (size_t g = 0; g < groups_.size(); ++g) {
        const double count = groupCounts_[index][g];
        row.groups.push_back({peopleCount(count), derivedPeopleCount(row.raw.coveredGroups[g], count),
                              derivedPeopleCount(row.raw.uncoveredGroups[g], count)});
    }
    return row;
}

std::vector<AreaCoverageRow> CoverageAnalysis::areas() const {
    std::vector<AreaCoverageRow> rows;
    rows.reserve(areas_.size());
    for (size_t a = 0; a < areas_.size(); ++a) rows.push_back(area(a));
    return rows;
}

std::vector<AreaCoverageRow> CoverageAnalysis::gaps() const {
    std::vector<AreaCoverageRow> rows;
    for (size_t a = 0; a < areas_.size(); ++a) {
        if (residents_[a] > 0 && model_.area(a).uncoveredResidents > 0) rows.push_back(area(a));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AreaCoverageRow& x, const AreaCoverageRow& y) {
        return x.raw.uncoveredResidents > y.raw.uncoveredResidents;
    });
    return rows;
}

std::vector<PointLoadRow> CoverageAnalysis::pointLoads() const {
    std::unordered_map<int64_t, const ResiliencePoint*> byId;
    for (const auto& p : points_) byId[p.id] = &p;
    std::vector<PointLoadRow> rows;
    for (const auto& load : model_.pointLoads()) {
        PointLoadRow row;
        row.id = load.id;
        const ResiliencePoint* point = byId.at(load.id);
        row.name = point->name;
        row.servedResidents = load.servedResidents;
        row.served = derivedPeopleCount(load.servedResidents, load.servedResidents);
        row.capacity = point->capacityPersons;
        row.loadRatio = load.loadRatio();
        row.overCapacity = row.loadRatio && *row.loadRatio > 1;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace wb
