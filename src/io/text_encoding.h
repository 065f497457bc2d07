// The text encodings of imported files, settled once before any reader looks at the text: the
// readers work on UTF-8 and bind their text straight from the buffer, so a file in another
// encoding is converted up front, as a whole, into one new buffer.
//
//   - UTF-8, with or without byte-order mark: used as it is (the mark skipped);
//   - UTF-16 with a byte-order mark (little or big endian; what Excel's "Unicode text" writes):
//     converted to UTF-8;
//   - anything else that is not valid UTF-8: read as Windows-1252, the encoding Excel on a Dutch
//     Windows machine saves CSV in ("Súdwest-Fryslân" with the byte 0xFA for ú). The result says
//     so, and the import's message passes it on: nothing is turned into replacement characters
//     without a word.
//
// Also the limit on names and codes read from files, shared by every reader.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/utf8.h"  // isValidUtf8, appendUtf8

namespace wb::io {

enum class TextEncoding { Utf8, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

class DecodedText {
public:
    // The text as UTF-8 without a byte-order mark; valid while this object and the bytes it was
    // decoded from live.
    std::string_view text() const { return converted_ ? std::string_view(utf8_) : original_; }
    TextEncoding encoding() const { return encoding_; }

private:
    friend DecodedText decodeText(std::string_view bytes);
    std::string_view original_;  // the input without its byte-order mark, when it was UTF-8
    std::string utf8_;           // the converted text, when it was not
    bool converted_ = false;
    TextEncoding encoding_ = TextEncoding::Utf8;
};

// Decides the encoding of `bytes` and converts them to UTF-8 when needed. Throws ImportError
// ("byte N: ...") for UTF-16 that is broken (an odd number of bytes, a lone surrogate).
DecodedText decodeText(std::string_view bytes);

// Windows-1252 bytes as UTF-8 (the five bytes the code page leaves undefined become the control
// characters of the same number, as browsers do).
std::string windows1252ToUtf8(std::string_view bytes);

// Names and codes read from a file (indicator names, area names and codes) longer than this many
// characters are refused: nobody writes them on purpose, and an 8 MB "name" would be stored and
// drawn everywhere.
constexpr size_t kMaxNameCharacters = 200;

// Characters (code points) of UTF-8 text.
size_t characterCount(std::string_view utf8);

// The message for a name or code over the limit: "the name is 250 characters long; the limit is 200".
std::string tooLongMessage(const char* what, std::string_view utf8);

}  // namespace wb::io
