// Progress on the baseline lists, per area and rolled up: municipality -> safety region ->
// province -> the Netherlands, per phase, per topic and per measure, as of any day.
//
// How it counts:
// - A measure counts as done, in progress, not started (also when nothing is recorded) or not
//   applicable, by the latest status record at or before the as-of day.
// - Not applicable measures leave the denominator: percent done = done / (measures - not applicable).
//   An area where nothing applies has no percentage ("no data", nullopt), never 0%.
// - Roll-ups pool the counts: a region's figure is (done measures of all its municipalities) /
//   (applicable measures of all its municipalities), not the mean of the municipalities'
//   percentages. Pooled counts add up across levels (the region's counts are the sum of its
//   municipalities', the country's the sum of the regions'), weigh every measure the same, and
//   stay defined when some municipality has no data; a mean of percentages would do none of that.
// - Two lists are counted separately and never mixed: the municipalities' list over
//   municipalities (rolled up to region, province, country) and the safety regions' own list over
//   the regions (rolled up along the same tree: province, country).
// - Overdue: not done, not applicable, with a due date before the as-of day.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/area_directory.h"
#include "core/checklist.h"
#include "core/database.h"

namespace wb {

// The areas an area's figures pool into: the area itself, then its parent, up to the country.
// Progress and costs roll up along this one path.
std::vector<const Area*> rollUpPath(const AreaDirectory& areas, const Area& area);

// Which baseline list is counted.
enum class BaselineList { Municipalities, SafetyRegions };

// The level whose areas carry the list's statuses.
constexpr AreaLevel levelOf(BaselineList list) {
    return list == BaselineList::Municipalities ? AreaLevel::Municipality : AreaLevel::SafetyRegion;
}

struct ProgressCount {
    int measures = 0;  // (area, measure) pairs counted, applicable or not
    int done = 0;
    int inProgress = 0;
    int notApplicable = 0;
    int overdue = 0;

    int applicable() const { return measures - notApplicable; }
    int notStarted() const { return applicable() - done - inProgress; }
    // 100 * done / applicable; nullopt when nothing applies ("no data").
    std::optional<double> percentDone() const;
    void add(const ProgressCount& other);
    void count(MeasureStatus status, bool isOverdue);
};

bool operator==(const ProgressCount& a, const ProgressCount& b);

struct KeyedProgress {
    std::string key;  // a phase ("cold"), a topic ("drinking_water") or a measure code ("G01")
    ProgressCount count;
};

struct AreaProgress {
    std::string areaCode;
    std::string areaName;
    AreaLevel level = AreaLevel::Country;
    int areasCounted = 0;  // areas of the list's level inside (1 for such an area itself)
    ProgressCount overall;
    std::vector<KeyedProgress> byPhase;    // always the three phases, in order
    std::vector<KeyedProgress> byTopic;    // in the order topics first appear in the list
    std::vector<KeyedProgress> byMeasure;  // in list order, keyed by measure code
};

// All progress of one as-of day, computed in one pass (two queries per list), then read for any
// area without further queries: build it once per day shown and ask it for the map, the tables
// and the roll-ups. 342 municipalities x 41 measures plus 25 regions x 18 take a few milliseconds.
class ProgressOverview {
public:
    // Throws std::invalid_argument for a malformed as-of date.
    static ProgressOverview compute(const Database& db, const AreaDirectory& areas, const std::string& asOf);

    const std::string& asOf() const { return asOf_; }
    // The list counted, nullopt when the database has none for that level.
    const std::optional<ActionList>& list(BaselineList list) const { return part(list).list; }

    // The area's figures for the list; nullopt when the area is unknown, or neither at the list's
    // level nor above it.
    std::optional<AreaProgress> of(const std::string& areaCode, BaselineList list) const;
    // Only the overall counts (for a choropleth: no per-phase vectors built).
    std::optional<ProgressCount> overallOf(const std::string& areaCode, BaselineList list) const;
    // The children of an area that have figures, ordered by name (a region's municipalities, ...).
    std::vector<AreaProgress> childrenOf(const std::string& areaCode, BaselineList list) const;
    // One measure's pooled counts inside an area, from whichever list holds the measure; nullopt
    // when neither counted list holds it or the area has no figures for that list.
    std::optional<ProgressCount> measureIn(const std::string& areaCode, int64_t measureId) const;

private:
    struct MeasureSlot {
        int64_t id = 0;
        std::string code;
        int phase = 0;
        int topic = 0;
    };
    struct Part {
        std::optional<ActionList> list;
        std::vector<MeasureSlot> measures;
        std::vector<std::string> topics;
        // Per area (at the list's level and every ancestor): counts per measure, in list order.
        std::unordered_map<std::string, std::vector<ProgressCount>> perMeasure;
        std::unordered_map<std::string, int> areasCounted;
    };
    const Part& part(BaselineList list) const { return list == BaselineList::Municipalities ? municipal_ : regional_; }
    static Part computePart(const Database& db, const AreaDirectory& areas, BaselineList which,
                            const std::vector<AreaMeasureStatus>& statuses, const std::string& asOf);
    AreaProgress summarise(const Part& part, const Area& area, const std::vector<ProgressCount>& perMeasure,
                           bool withBreakdown) const;

    const AreaDirectory* areas_ = nullptr;
    std::string asOf_;
    Part municipal_;
    Part regional_;
};

// The overdue measures inside an area (the area itself, or the municipalities and regions in it),
// as of a day: what the report and the "what lags" panel list. Ordered by due date, oldest first.
struct OverdueMeasure {
    std::string areaCode;
    std::string areaName;
    std::string measureCode;
    std::string measureTitleNl;
    std::string measureTitleEn;
    MeasureStatus status = MeasureStatus::NotStarted;
    std::string dueDate;
    std::string owner;
};
std::vector<OverdueMeasure> overdueMeasures(const Database& db, const AreaDirectory& areas,
                                            const std::string& areaCode, const std::string& asOf);

}  // namespace wb
