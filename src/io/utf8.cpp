#include "io/utf8.h"

#include <cstring>

namespace wb::io {

int utf8SequenceLength(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;  // a continuation byte, an overlong two-byte lead (C0, C1) or beyond U+10FFFF
}

bool isValidUtf8Sequence(std::string_view bytes) {
    if (bytes.empty()) return false;
    const auto lead = static_cast<unsigned char>(bytes[0]);
    const int length = utf8SequenceLength(lead);
    if (length == 0 || static_cast<size_t>(length) != bytes.size()) return false;
    // The second byte's range shuts out overlong three- and four-byte forms (E0, F0), the
    // surrogates (ED) and code points above U+10FFFF (F4).
    const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    for (int i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
        if (byte < (i == 1 ? low : 0x80) || byte > (i == 1 ? high : 0xBF)) return false;
    }
    return true;
}

bool isValidUtf8(std::string_view text) {
    const size_t n = text.size();
    size_t pos = 0;
    while (pos < n) {
        // Most of a Dutch CSV is ASCII: skip it eight bytes at a time.
        if (pos + 8 <= n) {
            uint64_t chunk;
            std::memcpy(&chunk, text.data() + pos, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                pos += 8;
                continue;
            }
        }
        const int length = utf8SequenceLength(static_cast<unsigned char>(text[pos]));
        if (length == 0 || pos + static_cast<size_t>(length) > n ||
            !isValidUtf8Sequence(text.substr(pos, static_cast<size_t>(length))))
            return false;
        pos += static_cast<size_t>(length);
    }
    return true;
}

void appendUtf8(std::string& out, uint32_t codePoint) {
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

}  // namespace wb::io
