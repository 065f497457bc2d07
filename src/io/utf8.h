// Checking UTF-8 (RFC 3629) in text from files: no overlong forms, no surrogates, nothing above
// U+10FFFF. One definition for every reader that promises valid text to what it builds (the JSON
// reader, the CSV with WKT whose names end up in the database and in JSON, the decoding of whole
// files in text_encoding.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wb::io {

// How many bytes the character that starts with `lead` has (1 for ASCII, 2 to 4), or 0 when no
// character can start with it.
int utf8SequenceLength(unsigned char lead);

// True when `bytes`, exactly as long as its first byte says, is one valid character.
bool isValidUtf8Sequence(std::string_view bytes);

// True when the whole of `text` is valid UTF-8.
bool isValidUtf8(std::string_view text);

// Appends one code point (at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, uint32_t codePoint);

}  // namespace wb::io
