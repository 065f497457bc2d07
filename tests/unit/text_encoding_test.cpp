// Text encodings of imported files (io/text_encoding.h): UTF-8 as it is, UTF-16 with a byte-order
// mark converted, anything else read as Windows-1252 and said so; the limit on names.
#include <gtest/gtest.h>

#include "io/import_error.h"
#include "io/text_encoding.h"

using namespace wb::io;

TEST(TextEncoding, Utf8IsReadInPlaceWithOrWithoutAByteOrderMark) {
    const std::string plain = "naam\nSúdwest-Fryslân\n";
    const DecodedText decoded = decodeText(plain);
    EXPECT_EQ(decoded.encoding(), TextEncoding::Utf8);
    EXPECT_EQ(decoded.text().data(), plain.data());  // no copy
    const std::string marked = "\xEF\xBB\xBF" + plain;
    EXPECT_EQ(decodeText(marked).text(), plain);
    EXPECT_EQ(decodeText(marked).encoding(), TextEncoding::Utf8);
}

TEST(TextEncoding, Utf16WithAByteOrderMarkIsConverted) {
    // "ú€𝄞" as UTF-16: U+00FA, U+20AC and a surrogate pair for U+1D11E.
    const std::string little("\xFF\xFE\xFA\x00\xAC\x20\x34\xD8\x1E\xDD", 10);
    const std::string big("\xFE\xFF\x00\xFA\x20\xAC\xD8\x34\xDD\x1E", 10);
    EXPECT_EQ(decodeText(little).text(), "ú€\xF0\x9D\x84\x9E");
    EXPECT_EQ(decodeText(little).encoding(), TextEncoding::Utf16LittleEndian);
    EXPECT_EQ(decodeText(big).text(), "ú€\xF0\x9D\x84\x9E");
    EXPECT_EQ(decodeText(big).encoding(), TextEncoding::Utf16BigEndian);
}

TEST(TextEncoding, BrokenUtf16IsRefusedWithItsPlace) {
    const auto messageOf = [](const std::string& bytes) {
        try {
            decodeText(bytes);
        } catch (const ImportError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_EQ(messageOf(std::string("\xFF\xFE\x41\x00\x42", 5)), "byte 5: the UTF-16 text ends in the middle of a character");
    EXPECT_EQ(messageOf(std::string("\xFF\xFE\x41\x00\x34\xD8\x41\x00", 8)), "byte 5: the UTF-16 text has a lone surrogate");
    EXPECT_EQ(messageOf(std::string("\xFF\xFE\x1E\xDD", 4)), "byte 3: the UTF-16 text has a lone surrogate");
}

TEST(TextEncoding, TextThatIsNotUtf8IsReadAsWindows1252) {
    const std::string excel = "code;naam\nGM1900;S\xFA" "dwest-Frysl\xE2n\n\x80 \x93quoted\x94\n";
    const DecodedText decoded = decodeText(excel);
    EXPECT_EQ(decoded.encoding(), TextEncoding::Windows1252);
    EXPECT_EQ(decoded.text(), "code;naam\nGM1900;Súdwest-Fryslân\n€ “quoted”\n");
    EXPECT_TRUE(isValidUtf8(decoded.text()));
    EXPECT_EQ(windows1252ToUtf8("\x81\x9D"), "\xC2\x81\xC2\x9D");  // undefined: the control characters
}

TEST(TextEncoding, Utf8ValidationRefusesOverlongsSurrogatesAndTruncation) {
    EXPECT_TRUE(isValidUtf8("plain ASCII, long enough for the eight-byte steps"));
    EXPECT_TRUE(isValidUtf8("Súdwest-Fryslân \xF0\x9D\x84\x9E"));
    for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "abc\xC3", "\xFA", "\x80"}) {
        EXPECT_FALSE(isValidUtf8(bad)) << bad;
    }
}

TEST(TextEncoding, NamesAreCountedInCharactersAndQuotedShort) {
    EXPECT_EQ(characterCount("Súdwest-Fryslân"), 15u);
    EXPECT_EQ(tooLongMessage("the name", std::string(250, 'x')), "the name is 250 characters long; the limit is 200");
    EXPECT_EQ(quotedCell("1O"), "'1O'");
    const std::string longCell(100, 'x');
    EXPECT_EQ(quotedCell(longCell), "'" + std::string(60, 'x') + "...'");
    EXPECT_EQ(quotedCell(std::string(59, 'a') + "ûû"), "'" + std::string(59, 'a') + "û...'");  // whole characters
}
