// The coverage analysis on a database: the areas of one level with their residents and vulnerable
// residents (vulnerability.h's indicators as groups), their boundaries (or land area) for
// population_spread.h, and the resilience points that qualify (resilience_points.h), put into a
// geo::CoverageModel. The cells are made once per load; changing which points qualify, the radius,
// or a what-if edit (add, remove, move one point) recomputes only what it must.
//
// Numbers come back raw (for sorting and charts) and as PeopleCount (suppression.h) for showing:
// covered and uncovered counts are estimates derived from counts, suppressed and rounded as such.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/areas.h"
#include "core/database.h"
#include "core/resilience_points.h"
#include "core/suppression.h"
#include "core/vulnerability.h"
#include "geo/coverage.h"
#include "geo/polygon.h"

namespace wb {

// The boundaries of areas by CBS code, already read (io/stored_geometry.h reads them from the
// database). An area without one is placed by its land area around its centroid.
using AreaBoundaries = std::unordered_map<std::string, std::vector<geo::Polygon>>;

struct CoverageSettings {
    AreaLevel level = AreaLevel::Municipality;
    int year = kDefaultDivisionYear;
    double radiusKm = 2.0;
    PointQualification points;
    geo::SpreadOptions spread;
};

struct GroupCoverage {
    PeopleCount count;
    PeopleCount covered;
    PeopleCount uncovered;
};

struct AreaCoverageRow {
    std::string code;
    std::string name;
    geo::Placement placement = geo::Placement::Centre;
    geo::AreaCoverage raw;
    PeopleCount residents;
    PeopleCount coveredResidents;
    PeopleCount uncoveredResidents;
    std::vector<GroupCoverage> groups;  // indexed like CoverageAnalysis::groups()
};

struct PointLoadRow {
    int64_t id = 0;
    std::string name;
    double servedResidents = 0;
    PeopleCount served;
    std::optional<int64_t> capacity;
    std::optional<double> loadRatio;
    bool overCapacity = false;
};

class CoverageAnalysis {
public:
    static CoverageAnalysis load(const Database& db, const CoverageSettings& settings,
                                 const AreaBoundaries& boundaries);

    const CoverageSettings& settings() const { return settings_; }
    const std::vector<VulnerabilityIndicator>& groups() const { return groups_; }
    // Every resilience point in the database plus the what-if ones, whether or not it qualifies.
    const std::vector<ResiliencePoint>& allPoints() const { return points_; }

    void setQualification(const PointQualification& qualification);  // recomputes the points
    void setRadius(double radiusKm);

    // What if: a point not in the database (id 0 gets a negative id), removing one, moving one.
    // The point counts only when it qualifies. Returns the point's id / whether it was known.
    int64_t addPoint(ResiliencePoint point);
    bool removePoint(int64_t id);
    bool movePoint(int64_t id, double lon, double lat);

    size_t areaCount() const { return areas_.size(); }
    AreaCoverageRow area(size_t index) const;
    std::vector<AreaCoverageRow> areas() const;
    // Areas with uncovered residents, most uncovered first.
    std::vector<AreaCoverageRow> gaps() const;
    // The qualifying points with the residents they would serve, by id.
    std::vector<PointLoadRow> pointLoads() const;
    const geo::CoverageModel& model() const { return model_; }

private:
    CoverageAnalysis(CoverageSettings settings, geo::CoverageModel model) : settings_(std::move(settings)), model_(std::move(model)) {}
    std::vector<geo::CoveragePoint> qualifyingPoints() const;
    ResiliencePoint* findPoint(int64_t id);

    CoverageSettings settings_;
    geo::CoverageModel model_;
    std::vector<Area> areas_;
    std::vector<double> residents_;
    std::vector<std::vector<double>> groupCounts_;  // [area][group]
    std::vector<VulnerabilityIndicator> groups_;
    std::vector<ResiliencePoint> points_;
    int64_t nextWhatIfId_ = -1;
};

// The model's view of a resilience point: RD position and capacity.
geo::CoveragePoint coveragePointOf(const ResiliencePoint& point);

}  // namespace wb
