// Minimal JSON text building for results handed to JavaScript (query rows, state snapshots).
#pragma once

#include <string>
#include <string_view>

namespace wb {

// Appends `text` as a JSON string literal (quoted, escaped; invalid UTF-8 passes through as is,
// which JSON.parse accepts byte-wise after the browser's UTF-8 decoding).
void appendJsonString(std::string& out, std::string_view text);

// Appends a number that JSON.parse reads back exactly; NaN and infinities become null.
void appendJsonNumber(std::string& out, double value);

}  // namespace wb
