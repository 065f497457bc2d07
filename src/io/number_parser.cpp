#include "io/number_parser.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace wb::io {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Exact powers of ten up to 1e22 are representable as doubles; a value m / 10^k with m < 2^53
// and k <= 22 is then correctly rounded by one division (the classic "fast path").
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

std::optional<double> parseDecimal(std::string_view text, char decimal) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    size_t i = 0;
    const bool negative = text[0] == '-';
    if (text[0] == '-' || text[0] == '+') ++i;
    uint64_t mantissa = 0;
    int digits = 0, fractionDigits = 0;
    bool seenDecimal = false, slow = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (digits < 19) {
                mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
                if (mantissa != 0) ++digits;
                if (seenDecimal) ++fractionDigits;
            } else {
                slow = true;  // more significant digits than the fast path can take
                if (seenDecimal) continue;
            }
        } else if (c == decimal && !seenDecimal) {
            seenDecimal = true;
        } else {
            break;
        }
    }
    const bool anyDigit = i > (text[0] == '-' || text[0] == '+' ? 1u : 0u) + (seenDecimal ? 1u : 0u);
    if (!anyDigit) return std::nullopt;
    if (i < text.size()) {
        // Only an exponent may follow; leave those to strtod.
        if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
        slow = true;
    }
    if (!slow && mantissa < (uint64_t{1} << 53) && fractionDigits <= 22) {
        const double v = static_cast<double>(mantissa) / kPow10[fractionDigits];
        return negative ? -v : v;
    }
    std::string copy(text);
    if (decimal != '.') {
        for (char& c : copy) {
            if (c == decimal) c = '.';
            else if (c == '.') return std::nullopt;  // "1.234,5" is ambiguous here: refuse
        }
    }
    char* end = nullptr;
    const double v = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<int64_t> parseInteger(std::string_view text) {
    text = trim(text);
    if (text.empty()) return std::nullopt;
    size_t i = 0;
    const bool negative = text[0] == '-';
    if (text[0] == '-' || text[0] == '+') ++i;
    if (i == text.size() || text.size() - i > 18) return std::nullopt;  // 18 digits cannot overflow
    int64_t v = 0;
    for (; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        v = v * 10 + (text[i] - '0');
    }
    return negative ? -v : v;
}

}  // namespace wb::io
