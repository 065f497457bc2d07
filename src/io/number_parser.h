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

// The whole of `text` as an integer (no fraction, no exponent), or nullopt.
std::optional<int64_t> parseInteger(std::string_view text);

}  // namespace wb::io
