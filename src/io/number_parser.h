// Parsing numbers as they appear in CSV files: "12", "-3.5", "1e3", and, in Dutch exports
// (CBS StatLine), a decimal comma "3,5". Faster than strtod for the common short decimals and
// independent of the C locale.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace wb::io {

// The whole of `text` (surrounding spaces allowed) as a number, or nullopt. `decimal` is '.' or ','.
std::optional<double> parseDecimal(std::string_view text, char decimal = '.');

// A number as people write it in a spreadsheet cell, or nullopt: what parseDecimal reads, plus
// spaces around it (also no-break spaces), a trailing percent sign ("12,5 %" reads as 12.5, the
// number as written), and thousands separators:
//   - with a decimal comma, '.' groups thousands: "1.234.567,5", "243.765,0", "1.500" (= 1500);
//   - with a decimal point, ',' groups thousands only when that cannot be a decimal comma: with two
//     or more groups ("1,234,567") or with a decimal point after them ("1,234.5"); "1,234" alone
//     is refused.
// Groups must be whole: one to three digits, then groups of exactly three ("12.34,5" is refused).
std::optional<double> parseSpreadsheetNumber(std::string_view text, char decimal);

// The whole of `text` as an integer (no fraction, no exponent), or nullopt.
std::optional<int64_t> parseInteger(std::string_view text);

}  // namespace wb::io
