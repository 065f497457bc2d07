#include "core/practice_fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace wb {
namespace {

// The base letter of a Latin-1 supplement character U+00C0..U+00FF (UTF-8 lead byte 0xC3),
// lower case; 0 for the ones that are not letters (multiplication and division signs).
char foldLatin1(unsigned char continuation) {
    static const char table[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts";  // U+00C0..U+00DF, and +0x20 for lower case
    if (continuation == 0xBF) return 'y';                            // U+00FF, where upper case has sharp s
    const unsigned index = (continuation - 0x80u) & 0x1Fu;          // 0xC3 0x80..0xBF -> U+00C0..U+00FF
    return table[index];
}

}  // namespace

std::string normalisePracticeTitle(std::string_view title) {
    std::string out;
    bool pendingSpace = false;
    auto emit = [&](char c) {
        if (pendingSpace && !out.empty()) out += ' ';
        pendingSpace = false;
        out += c;
    };
    for (size_t i = 0; i < title.size(); ++i) {
        const auto c = static_cast<unsigned char>(title[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            emit(static_cast<char>(c));
        } else if (c >= 'A' && c <= 'Z') {
            emit(static_cast<char>(c - 'A' + 'a'));
        } else if (c == 0xC3 && i + 1 < title.size() && (static_cast<unsigned char>(title[i + 1]) & 0xC0) == 0x80) {
            const char base = foldLatin1(static_cast<unsigned char>(title[++i]));
            if (base) emit(base); else pendingSpace = true;
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

std::string practiceFingerprint(std::string_view title, std::string_view ownerAreaCode) {
    uint64_t hash = 0xCBF29CE484222325ull;
    auto mix = [&hash](std::string_view text) {
        for (unsigned char c : text) hash = (hash ^ c) * 0x100000001B3ull;
    };
    mix(normalisePracticeTitle(title));
    mix("\x1f");  // unit separator: "ab"+"c" and "a"+"bc" differ
    mix(ownerAreaCode);
    char hex[24];
    std::snprintf(hex, sizeof hex, "p1-%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace wb
