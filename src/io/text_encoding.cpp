#include "io/text_encoding.h"

#include <cstdint>

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

}  // namespace

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
