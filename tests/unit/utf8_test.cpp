// UTF-8 checks (io/utf8.h): what RFC 3629 allows and every way bytes can fail it.
#include <gtest/gtest.h>

#include <string>

#include "io/utf8.h"

using namespace wb::io;

TEST(Utf8, AcceptsEveryLengthOfCharacter) {
    EXPECT_TRUE(isValidUtf8(""));
    EXPECT_TRUE(isValidUtf8("Groningen"));
    EXPECT_TRUE(isValidUtf8("Frysl\xC3\xA2n"));                  // â, two bytes
    EXPECT_TRUE(isValidUtf8("\xE2\x82\xAC 70 miljoen"));         // €, three bytes
    EXPECT_TRUE(isValidUtf8("\xF0\x9F\x8F\xA0"));                // a house, four bytes
    EXPECT_TRUE(isValidUtf8("\xED\x9F\xBF\xEE\x80\x80\xF4\x8F\xBF\xBF"));  // around the surrogates, U+10FFFF
    EXPECT_EQ(utf8SequenceLength('a'), 1);
    EXPECT_EQ(utf8SequenceLength(0xC3), 2);
    EXPECT_EQ(utf8SequenceLength(0xE2), 3);
    EXPECT_EQ(utf8SequenceLength(0xF0), 4);
}

TEST(Utf8, RefusesWhatIsNotUtf8) {
    for (const std::string& bad : {std::string("Rot\x8C\xA2ingen"),     // Latin-1 or other bytes
                                   std::string("\xC3"),                 // cut short
                                   std::string("\xC3\x28"),             // continuation missing
                                   std::string("\xC0\x80"),             // overlong NUL
                                   std::string("\xE0\x80\x80"),         // overlong three-byte
                                   std::string("\xF0\x80\x80\x80"),     // overlong four-byte
                                   std::string("\xED\xA0\x80"),         // a surrogate
                                   std::string("\xF4\x90\x80\x80"),     // above U+10FFFF
                                   std::string("\xF5\x80\x80\x80"),     // no such lead
                                   std::string("\xBF")})                // a lone continuation byte
        EXPECT_FALSE(isValidUtf8(bad)) << bad;
    EXPECT_FALSE(isValidUtf8Sequence(""));
    EXPECT_FALSE(isValidUtf8Sequence("\xC3\xA2x"));  // longer than its lead says
}
