// The page's text form of its data blocks: written by tools/embed/page_text_encoding.cpp at build
// time, read in the page by web/page_text_decoder.c (as wasm). Here both run natively.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "page_text_decoder.h"
#include "page_text_encoding.h"

namespace {

using Bytes = std::vector<unsigned char>;

int decode(const std::string& text, Bytes& out) {
    return weerbaar_decode_page_text(reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()),
                                     out.data(), static_cast<int>(out.size()));
}

Bytes randomBytes(size_t size, unsigned seed) {
    std::mt19937 random(seed);
    Bytes bytes(size);
    for (auto& b : bytes) b = static_cast<unsigned char>(random());
    return bytes;
}

TEST(PageText, RoundTripsEveryLengthAndValue) {
    // Every length around the 7-byte groups, random bytes (as gzip looks) and runs of the escaped values.
    for (size_t size = 0; size < 80; ++size) {
        for (unsigned seed = 0; seed < 4; ++seed) {
            const Bytes bytes = randomBytes(size, seed * 1000 + static_cast<unsigned>(size));
            const std::string text = wb::embed::encodePageText(bytes);
            Bytes out(size, 0xAA);
            ASSERT_EQ(decode(text, out), static_cast<int>(size)) << size;
            EXPECT_EQ(out, bytes) << size;
        }
    }
    Bytes all;  // every byte value, and bit patterns that make the escaped 7-bit values
    for (int v = 0; v < 256; ++v) all.push_back(static_cast<unsigned char>(v));
    for (unsigned char v : {0x00, 0xFF, 0x1A, 0x78, 0xF0}) all.insert(all.end(), 40, v);
    Bytes out(all.size());
    ASSERT_EQ(decode(wb::embed::encodePageText(all), out), static_cast<int>(all.size()));
    EXPECT_EQ(out, all);
}

TEST(PageText, WritesOnlyAsciiAHtmlScriptKeeps) {
    const Bytes bytes = randomBytes(100000, 7);
    const std::string text = wb::embed::encodePageText(bytes);
    size_t escapes = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        ASSERT_LT(c, 0x80) << i;
        ASSERT_NE(c, 0x00) << i;  // the parser replaces NUL,
        ASSERT_NE(c, '\r') << i;  // turns CR into LF,
        ASSERT_NE(c, '<') << i;   // and '<' could end the script element
        if (c == 0x7F) {
            ++escapes;
            ASSERT_TRUE(text[++i] >= '0' && text[i] <= '3') << i;
        }
    }
    // Four values of 128 are escaped: about one group in 32 takes two characters.
    const double groups = bytes.size() * 8.0 / 7.0;
    EXPECT_NEAR(escapes / groups, 4.0 / 128.0, 0.004);
    EXPECT_EQ(text.size(), static_cast<size_t>(std::ceil(groups)) + escapes);
}

TEST(PageText, SaysWhereTheTextIsDamaged) {
    const Bytes bytes = randomBytes(500, 3);
    const std::string text = wb::embed::encodePageText(bytes);
    Bytes out(bytes.size());

    std::string beyondAscii = text;
    beyondAscii[123] = static_cast<char>(0xC8);  // U+0200 in UTF-8 starts so
    EXPECT_EQ(decode(beyondAscii, out), -(1 + 123));

    std::string badEscape = text.substr(0, 200) + "\x7F" "9" + text.substr(200);
    EXPECT_EQ(decode(badEscape, out), -(1 + 201));  // the character after the escape

    // Cut short: the bytes it still holds, fewer than asked for; an escape cut in two writes nothing.
    const std::string cut = text.substr(0, 80);
    int values = 0;
    for (size_t i = 0; i < cut.size(); ++i, ++values) {
        if (cut[i] == '\x7F') ++i;  // two characters, one value
    }
    EXPECT_EQ(decode(cut, out), values * 7 / 8);
    EXPECT_EQ(decode(std::string("AB\x7F"), out), 1);
}

}  // namespace
