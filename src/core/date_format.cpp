#include "core/date_format.h"

#include <cctype>
#include <cstdio>
#include <ctime>

namespace wb {

std::string formatDate(std::string_view isoDate, Language language) {
    const bool shaped = isoDate.size() >= 10 && isoDate[4] == '-' && isoDate[7] == '-';
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!shaped || !std::isdigit(static_cast<unsigned char>(isoDate[i]))) return std::string(isoDate);
    }
    const int month = (isoDate[5] - '0') * 10 + (isoDate[6] - '0');
    if (month < 1 || month > 12) return std::string(isoDate);
    const std::string_view year = isoDate.substr(0, 4), day = isoDate.substr(8, 2);
    if (language == Language::Dutch) {
        return std::string(day) + "-" + std::string(isoDate.substr(5, 2)) + "-" + std::string(year);
    }
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string dayNumber = day[0] == '0' ? std::string(day.substr(1)) : std::string(day);
    return dayNumber + " " + kMonths[month - 1] + " " + std::string(year);
}

std::string todayIsoDate() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return text;
}

}  // namespace wb
