// The 72-hour view of a scenario for the municipalities of a scope: at hour h, which active
// resilience points still work (grid down: emergency power with autonomy >= h), and per
// municipality how many residents and electricity-dependent residents no working point covers.
// Platform-free: the tab, Dashboard.outageView, the accessible view and the CSV export all read
// the same OutageView, so a figure on screen is the figure a test or an export sees.
//
// How a test can trace the figures in SQL (see docs/schema.md, "The 72-hour view"):
//   - points counted: resilience_point.status = 'active'; working at hour h while the power is out
//     (scenario_effect electricity severity >= 2 in the period of h): has_emergency_power = 1 and
//     coalesce(autonomy_hours, 0) >= h; all of them while the grid is up;
//   - residents: the latest indicator_value of 'population'; groups: the latest value of each
//     electricity-dependent indicator (meta electricity_dependent_indicators);
//   - not covered = residents minus those within the distance of the Dekking tab (2 km unless
//     the user changes it) of a working point, spread over
//     the municipality (boundary or land-area disc); with no working point near, all of them.
//   Counts are suppressed (< 5) and derived counts rounded as core/suppression.h says.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/coverage_analysis.h"
#include "core/language.h"
#include "core/scenarios.h"

namespace wb {

struct OutageArea {
    std::string code;
    std::string name;
    int points = 0;         // active resilience points in the area
    int workingPoints = 0;  // of those, working at the hour
    double residentsRaw = 0;
    double uncoveredRaw = 0;
    PeopleCount residents;
    PeopleCount uncovered;
    std::vector<double> groupRaw, groupUncoveredRaw;       // per OutageView::groups
    std::vector<PeopleCount> groupCounts, groupUncovered;  // what may be shown
};

struct OutagePoint {
    int64_t id = 0;
    std::string name;
    std::string areaCode;
    bool works = false;
    bool emergencyPower = false;
    std::optional<double> autonomyHours;
};

struct OutageView {
    Scenario scenario;
    double hour = 0;
    bool powerOut = false;
    std::string scopeCode;                       // empty: the Netherlands
    std::vector<VulnerabilityIndicator> groups;  // electricity-dependent groups the data has
    std::vector<bool> groupHit;                  // per group: hit at this hour
    std::vector<OutagePoint> points;             // active points in the scope, by name
    std::vector<OutageArea> areas;               // municipalities in the scope, by name
    OutageArea total;                            // the scope as a whole
    int workingPoints() const;
};

class OutageModel {
public:
    static constexpr double kDefaultRadiusKm = 2.0;
    // The hour the slider's end stands for ("more than 72 hours").
    static constexpr double kAfter72Hours = 96.0;

    // The view for a scenario (by code; empty or unknown: the first of the catalogue), an hour and
    // a scope (a municipality, region or province code; empty: the Netherlands), counting coverage
    // within `radiusKm`. Cached: asking again with the same arguments and an unchanged database
    // (`changeCount`) costs nothing.
    // Const for its readers (the accessible view gets a const AppState): only the cache changes.
    const OutageView& view(const Database& db, long changeCount, const AreaDirectory& directory,
                           const std::string& scenarioCode, double hour, const std::string& scopeCode,
                           double radiusKm = kDefaultRadiusKm) const;

private:
    mutable std::optional<CoverageAnalysis> analysis_;
    mutable const void* loadedDb_ = nullptr;
    mutable long loadedChange_ = -1;
    mutable double loadedRadiusKm_ = 0;
    mutable std::optional<OutageView> last_;
    mutable std::string lastAsked_;  // the scenario code last_ was asked for (may be empty)
};

// The municipalities of a scope: inside it, or the municipality it lies in.
std::vector<const Area*> municipalitiesOf(const AreaDirectory& directory, const std::string& scopeCode);

// The view's table as CSV (Dutch: ';' and a decimal comma): one row per municipality and a total;
// counts of people below 5 as "<5".
std::string outageCsv(const OutageView& view, Language language);

}  // namespace wb
