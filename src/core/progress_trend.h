// Progress over time, from the status history: "last quarter +12 percentage points" and the
// points of a trend chart. Built on two or more ProgressOverviews of different days, so a panel
// that shows the change for every municipality computes each day once.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/progress.h"

namespace wb {

// The same day `months` months earlier; a day past the end of the shorter month becomes its last
// day (2025-05-31 minus 3 months is 2025-02-28). Throws std::invalid_argument for a non-date.
std::string isoDateMonthsEarlier(std::string_view isoDate, int months);

struct ProgressChange {
    std::string fromDate;
    std::string toDate;
    std::optional<double> fromPercent;  // nullopt: no data on that day
    std::optional<double> toPercent;
    // The change in percentage points; nullopt when either day has no data.
    std::optional<double> changePoints() const;
};

// The change of one area's percent done between the days of two overviews.
ProgressChange progressChange(const ProgressOverview& earlier, const ProgressOverview& later,
                              const std::string& areaCode, BaselineList list);

struct ProgressPoint {
    std::string date;
    std::optional<double> percentDone;
    ProgressCount count;
};

// Percent done of one area at each of `dates` (a chart's points), one overview per day.
std::vector<ProgressPoint> progressSeries(const Database& db, const AreaDirectory& areas, const std::string& areaCode,
                                          BaselineList list, const std::vector<std::string>& dates);

// The ends of the `count` quarters up to `asOf`, oldest first: asOf minus 3(count-1) months, ...,
// asOf. The usual x axis of the trend chart.
std::vector<std::string> quarterlyDates(const std::string& asOf, int count);

}  // namespace wb
