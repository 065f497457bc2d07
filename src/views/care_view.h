// The state of the population-care tabs that outlives a frame: the coverage analysis kept up to
// date with the database (loaded once, then edited point by point), the chosen distance and which
// points count, the "what if" changes that live only here (never in the database), and a pending
// request for a place on the map. Platform-free: the tabs, the computed map indicator
// "computed:uncovered", the accessible view and the CSV export all read the same figures from here.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/areas.h"
#include "core/coverage_analysis.h"
#include "core/language.h"

namespace wb {

struct AppState;

// What a click on the map is for while a care tab waits for one (the map panel hands the place
// over instead of selecting an area).
enum class MapPick { None, NewPointLocation, WhatIfPoint };

// One area of the coverage table: the analysis' figures plus the points that lie in the area,
// their places (capacity) and the residents they would serve.
struct CoverageTableRow {
    AreaCoverageRow area;
    int points = 0;                  // qualifying points in the area
    std::optional<double> capacity;  // their places, when any point states a capacity
    double servedRaw = 0;
    PeopleCount served;              // residents whose nearest point is one of them
};

// The sums over the rows of a table (the selection as a whole), derived and suppressed like each row.
struct CoverageTotals {
    double residentsRaw = 0, coveredRaw = 0, uncoveredRaw = 0;
    PeopleCount residents, covered, uncovered;
    double coveredShare = 0;         // 0..1 of the residents
    std::vector<GroupCoverage> groups;
    int points = 0;
    std::optional<double> capacity;
    PeopleCount served;
};
CoverageTotals totalsOf(const std::vector<CoverageTableRow>& rows, size_t groupCount);

class CareView {
public:
    static constexpr double kDefaultRadiusKm = 2.0;

    double radiusKm() const { return radiusKm_; }
    void setRadius(AppState& state, double radiusKm);
    // Whether only points with emergency power count ("active, powered"); active is always required.
    bool requirePower() const { return requirePower_; }
    void setRequirePower(AppState& state, bool on);

    // The analysis of the municipalities for the current database and settings; loaded when the
    // database changed in a way this view did not follow itself (an import, another database).
    CoverageAnalysis& coverage(const AppState& state) const;

    // What if: whether a stored point counts differs from its status (a candidate switched on, an
    // active point switched off), or a point placed by hand that exists only here. Nothing is written.
    // For a point of analysis.allPoints(): whether the what-if counts it (by status; the power
    // requirement still applies) and its status as stored.
    bool switchedOn(const ResiliencePoint& point) const;
    std::string storedStatus(const ResiliencePoint& point) const;
    bool isSwitched(int64_t id) const { return switched_.count(id) > 0; }
    void switchPoint(AppState& state, int64_t id, bool counted);
    int64_t addWhatIfPoint(AppState& state, double lon, double lat, const std::string& name);
    void removeWhatIfPoint(AppState& state, int64_t id);
    const std::vector<ResiliencePoint>& whatIfPoints() const { return added_; }
    bool hasWhatIf() const { return !switched_.empty() || !added_.empty(); }
    void clearWhatIf(AppState& state);

    // After the UI stored or removed a point: the analysis follows incrementally, the map's point
    // layers and indicators are refreshed, and persistence is told (state.dataChanged()).
    void pointSaved(AppState& state, const ResiliencePoint& point);
    void pointRemoved(AppState& state, int64_t id);

    // The municipalities of the selection (all of them when nothing is selected), by name.
    std::vector<CoverageTableRow> table(const AppState& state) const;
    // Rows with residents outside coverage, most of them first.
    static std::vector<CoverageTableRow> gapsOf(std::vector<CoverageTableRow> rows);
    // Residents outside coverage per area of any level: municipalities directly, safety regions and
    // provinces as the sum of their municipalities; none for finer levels. Rounded and suppressed
    // like every derived count (a suppressed value is given as 0, which the map shows as "<5").
    std::vector<std::optional<double>> uncoveredValues(const AppState& state, const std::vector<Area>& areas) const;
    // The municipality a place (RD km) lies in: the one whose population cell is nearest.
    std::string municipalityAt(const AppState& state, glm::dvec2 km) const;

    size_t vulnerableGroup = 0;       // which vulnerable group the tab shows (index into groups())
    MapPick pick = MapPick::None;
    std::optional<glm::dvec2> pickedKm;  // set by the map panel, taken by the tab that asked
    bool exportCsvRequested = false;     // main.cpp downloads coverageCsv(...) after the frame

private:
    bool current(const AppState& state) const;
    void followed(const AppState& state) const;
    void applySettings(CoverageAnalysis& analysis) const;
    void applyWhatIf(CoverageAnalysis& analysis) const;
    void putPoint(CoverageAnalysis& analysis, ResiliencePoint point) const;

    double radiusKm_ = kDefaultRadiusKm;
    bool requirePower_ = true;
    mutable std::map<int64_t, bool> switched_;  // stored point id -> counts in the what-if
    mutable std::map<int64_t, std::string> storedStatus_;  // of the switched points
    std::vector<ResiliencePoint> added_;     // what-if points (negative ids)
    int64_t nextWhatIfId_ = -1000000;

    mutable std::optional<CoverageAnalysis> analysis_;
    mutable const void* loadedDb_ = nullptr;
    mutable long loadedChange_ = -1;
};

// The coverage table as CSV (Dutch: ';' and a decimal comma), counts below 5 as "<5".
std::string coverageCsv(const AppState& state, Language language);

}  // namespace wb
