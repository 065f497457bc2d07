#include "core/number_format.h"

#include <cmath>
#include <cstdio>

namespace wb {

std::string formatNumber(double value, int decimals, Language language) {
    if (!std::isfinite(value)) return "-";
    const char thousands = language == Language::Dutch ? '.' : ',';
    const char decimal = language == Language::Dutch ? ',' : '.';
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string digits(buf);
    const size_t dot = digits.find('.');
    const std::string whole = digits.substr(0, dot);
    std::string out;
    for (size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += thousands;
        out += whole[i];
    }
    if (dot != std::string::npos) {
        out += decimal;
        out += digits.substr(dot + 1);
    }
    // No "-0": a negative value that rounds to zero prints as zero.
    const bool negative = value < 0 && out.find_first_not_of("0.,") != std::string::npos;
    return negative ? "-" + out : out;
}

std::string formatPeopleCount(double value, Language language, double threshold) {
    if (!std::isfinite(value)) return "-";
    if (value < threshold) return "<" + formatNumber(threshold, 0, language);
    return formatNumber(std::round(value), 0, language);
}

}  // namespace wb
