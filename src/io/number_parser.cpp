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

namespace {

// Spaces a spreadsheet may put around a number: ASCII, no-break space (U+00A0) and narrow no-break
// space (U+202F, Excel's thousands space in some locales), as UTF-8.
// Whether `s` may start or end with one of the spaces below (by its first or last byte).
bool mayHaveSpaceAtAnEnd(std::string_view s) {
    const auto front = static_cast<unsigned char>(s.front()), back = static_cast<unsigned char>(s.back());
    return front == ' ' || front == '\t' || front == 0xC2 || front == 0xE2 || back == ' ' || back == '\t' ||
           back == 0xA0 || back == 0xAF;
}

std::string_view trimSpreadsheetSpaces(std::string_view s) {
    if (s.empty() || !mayHaveSpaceAtAnEnd(s)) return s;  // nearly every cell: no search needed
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view space : {std::string_view(" "), std::string_view("\t"), std::string_view("\xC2\xA0"),
                                       std::string_view("\xE2\x80\xAF")}) {
            while (s.size() >= space.size() && s.substr(0, space.size()) == space) s.remove_prefix(space.size()), trimmed = true;
            while (s.size() >= space.size() && s.substr(s.size() - space.size()) == space) s.remove_suffix(space.size()), trimmed = true;
        }
    }
    return s;
}

bool isDigitChar(char c) { return c >= '0' && c <= '9'; }

// `text` without its thousands separators, written into `out`, when they group the whole part
// correctly; the length written, or 0 when the grouping is wrong (or the text does not fit).
size_t withoutThousandsSeparators(std::string_view text, char separator, char decimal, char* out, size_t capacity) {
    if (text.size() >= capacity) return 0;
    size_t i = 0, n = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) out[n++] = text[i++];
    size_t firstGroup = 0;
    while (i < text.size() && isDigitChar(text[i])) out[n++] = text[i++], ++firstGroup;
    if (firstGroup < 1 || firstGroup > 3) return 0;
    int groups = 0;
    while (i < text.size() && text[i] == separator) {
        ++i;
        for (int k = 0; k < 3; ++k, ++i) {
            if (i >= text.size() || !isDigitChar(text[i])) return 0;
            out[n++] = text[i];
        }
        ++groups;
    }
    if (groups == 0) return 0;
    const bool fraction = i < text.size() && text[i] == decimal;
    // With a decimal point, "1,234" could be a decimal comma: only more groups or a point decide.
    if (decimal == '.' && groups < 2 && !fraction) return 0;
    if (fraction) {
        out[n++] = text[i++];
        const size_t digitsStart = i;
        while (i < text.size() && isDigitChar(text[i])) out[n++] = text[i++];
        if (i == digitsStart) return 0;
    }
    return i == text.size() ? n : 0;
}

}  // namespace

std::optional<double> parseSpreadsheetNumber(std::string_view text, char decimal) {
    text = trimSpreadsheetSpaces(text);
    if (!text.empty() && text.back() == '%') text = trimSpreadsheetSpaces(text.substr(0, text.size() - 1));
    if (const std::optional<double> plain = parseDecimal(text, decimal)) return plain;
    const char separator = decimal == ',' ? '.' : ',';
    if (text.find(separator) == std::string_view::npos) return std::nullopt;
    char digits[64];  // on the stack: this runs for every cell of a million-row file
    const size_t length = withoutThousandsSeparators(text, separator, decimal, digits, sizeof digits);
    if (length == 0) return std::nullopt;
    return parseDecimal(std::string_view(digits, length), decimal);
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
