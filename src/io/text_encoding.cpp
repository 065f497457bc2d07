#include "io/text_encoding.h"

#include <cstdint>
#include <cstring>

#include "io/import_error.h"

namespace wb::io {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string utf16ToUtf8(std::string_view bytes, bool bigEndian) {
    // `bytes` starts after the byte-order mark, which is 2 bytes long: positions in messages count it.
    if (bytes.size() % 2 != 0) {
        throw ImportError("byte " + std::to_string(bytes.size() + 2), "the UTF-16 text ends in the middle of a character");
    }
    const auto unitAt = [&](size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<uint32_t>(bigEndian ? (a << 8) | b : (b << 8) | a);
    };
    std::string out;
    out.reserve(bytes.size() / 2 * 3 / 2);
    for (size_t i = 0; i < bytes.size(); i += 2) {
        uint32_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate: its low one must follow
            const uint32_t low = i + 3 < bytes.size() ? unitAt(i + 2) : 0;
            if (low < 0xDC00 || low > 0xDFFF) {
                throw ImportError("byte " + std::to_string(i + 3), "the UTF-16 text has a lone surrogate");
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            throw ImportError("byte " + std::to_string(i + 3), "the UTF-16 text has a lone surrogate");
        }
        appendUtf8(out, unit);
    }
    return out;
}

// Windows-1252 0x80-0x9F; the rest of the upper half is Latin-1 (U+00A0-U+00FF).
constexpr uint16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Length of the valid UTF-8 sequence at the start of `s` (lead byte >= 0x80), or 0.
size_t validSequenceLength(const unsigned char* s, size_t available) {
    const unsigned char lead = s[0];
    size_t length;
    uint32_t min;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2, min = 0x80;
    else if (lead >= 0xE0 && lead <= 0xEF) length = 3, min = 0x800;
    else if (lead >= 0xF0 && lead <= 0xF4) length = 4, min = 0x10000;
    else return 0;
    if (available < length) return 0;
    uint32_t codePoint = lead & (0x3F >> (length - 1));
    for (size_t k = 1; k < length; ++k) {
        if ((s[k] & 0xC0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (s[k] & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return 0;
    return length;
}

}  // namespace

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

bool isValidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // Most of a Dutch CSV is ASCII: skip it eight bytes at a time.
        if (i + 8 <= n) {
            uint64_t chunk;
            std::memcpy(&chunk, s + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const size_t length = validSequenceLength(s + i, n - i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::string windows1252ToUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) out += c;
        else appendUtf8(out, b < 0xA0 ? kWindows1252High[b - 0x80] : b);
    }
    return out;
}

DecodedText decodeText(std::string_view bytes) {
    DecodedText decoded;
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        const bool bigEndian = bytes[0] == '\xFE';
        decoded.utf8_ = utf16ToUtf8(bytes.substr(2), bigEndian);
        decoded.converted_ = true;
        decoded.encoding_ = bigEndian ? TextEncoding::Utf16BigEndian : TextEncoding::Utf16LittleEndian;
        return decoded;
    }
    if (bytes.substr(0, 3) == kUtf8Bom) bytes.remove_prefix(3);
    if (isValidUtf8(bytes)) {
        decoded.original_ = bytes;
        return decoded;
    }
    decoded.utf8_ = windows1252ToUtf8(bytes);
    decoded.converted_ = true;
    decoded.encoding_ = TextEncoding::Windows1252;
    return decoded;
}

size_t characterCount(std::string_view utf8) {
    size_t count = 0;
    for (const char c : utf8) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

std::string tooLongMessage(const char* what, std::string_view utf8) {
    return std::string(what) + " is " + std::to_string(characterCount(utf8)) + " characters long; the limit is " +
           std::to_string(kMaxNameCharacters);
}

}  // namespace wb::io
