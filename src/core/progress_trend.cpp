#include "core/progress_trend.h"

#include <cstdio>
#include <stdexcept>

namespace wb {

std::string isoDateMonthsEarlier(std::string_view isoDate, int months) {
    if (!isIsoDate(isoDate)) {
        throw std::invalid_argument("\"" + std::string(isoDate) + "\" is not a date YYYY-MM-DD");
    }
    const int year = std::stoi(std::string(isoDate.substr(0, 4)));
    const int month = std::stoi(std::string(isoDate.substr(5, 2)));
    const int day = std::stoi(std::string(isoDate.substr(8, 2)));
    const int monthIndex = year * 12 + (month - 1) - months;
    const int newYear = monthIndex / 12;
    const int newMonth = monthIndex % 12 + 1;
    char text[40];  // room for any int, so the compiler can see nothing is cut off
    // The same day, or the last day of a shorter month.
    for (int d = day; d >= 1; --d) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", newYear, newMonth, d);
        if (isIsoDate(text)) return text;
    }
    throw std::invalid_argument("\"" + std::string(isoDate) + "\" minus " + std::to_string(months) +
                                " months is not a date");
}

std::optional<double> ProgressChange::changePoints() const {
    if (!fromPercent || !toPercent) return std::nullopt;
    return *toPercent - *fromPercent;
}

ProgressChange progressChange(const ProgressOverview& earlier, const ProgressOverview& later,
                              const std::string& areaCode, BaselineList list) {
    ProgressChange change;
    change.fromDate = earlier.asOf();
    change.toDate = later.asOf();
    if (const auto count = earlier.overallOf(areaCode, list)) change.fromPercent = count->percentDone();
    if (const auto count = later.overallOf(areaCode, list)) change.toPercent = count->percentDone();
    return change;
}

std::vector<ProgressPoint> progressSeries(const Database& db, const AreaDirectory& areas, const std::string& areaCode,
                                          BaselineList list, const std::vector<std::string>& dates) {
    std::vector<ProgressPoint> out;
    for (const std::string& date : dates) {
        const ProgressOverview overview = ProgressOverview::compute(db, areas, date);
        ProgressPoint point;
        point.date = date;
        if (const auto count = overview.overallOf(areaCode, list)) {
            point.count = *count;
            point.percentDone = count->percentDone();
        }
        out.push_back(std::move(point));
    }
    return out;
}

std::vector<std::string> quarterlyDates(const std::string& asOf, int count) {
    std::vector<std::string> out;
    for (int i = count - 1; i >= 0; --i) out.push_back(isoDateMonthsEarlier(asOf, 3 * i));
    return out;
}

}  // namespace wb
