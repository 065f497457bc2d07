#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>

#include "io/number_parser.h"

using namespace wb::io;

TEST(NumberParser, ParsesDecimalsWithPointOrComma) {
    EXPECT_EQ(parseDecimal("12"), 12.0);
    EXPECT_EQ(parseDecimal("-3.5"), -3.5);
    EXPECT_EQ(parseDecimal(" 0.1 "), 0.1);
    EXPECT_EQ(parseDecimal("3,5", ','), 3.5);
    EXPECT_EQ(parseDecimal(".5"), 0.5);
    EXPECT_EQ(parseDecimal("1e3"), 1000.0);
    EXPECT_EQ(parseDecimal("2,5e-1", ','), 0.25);
    EXPECT_EQ(parseDecimal("12345678901234567890.5"), 12345678901234567890.5);
}

TEST(NumberParser, RefusesWhatIsNotANumber) {
    for (const char* bad : {"", " ", "-", ".", "abc", "1.2.3", "12a", "1,5", "nan", "inf", "1e999", "--1"}) {
        EXPECT_FALSE(parseDecimal(bad).has_value()) << bad;
    }
    EXPECT_FALSE(parseDecimal("1.234,5", ',').has_value());  // thousands separators are ambiguous
}

TEST(NumberParser, FastPathMatchesStrtodExactly) {
    std::mt19937_64 rng(42);
    for (int i = 0; i < 100000; ++i) {
        const double v = std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(rng() % 8), v);
        ASSERT_EQ(parseDecimal(buf), std::strtod(buf, nullptr)) << buf;
    }
}

TEST(NumberParser, Integers) {
    EXPECT_EQ(parseInteger("2024"), 2024);
    EXPECT_EQ(parseInteger("-7"), -7);
    EXPECT_FALSE(parseInteger("20.5").has_value());
    EXPECT_FALSE(parseInteger("").has_value());
    EXPECT_FALSE(parseInteger("9999999999999999999").has_value());
}

TEST(NumberParser, SpreadsheetNumbersWithADecimalCommaGroupThousandsWithPoints) {
    EXPECT_EQ(parseSpreadsheetNumber("243.765,0", ','), 243765.0);
    EXPECT_EQ(parseSpreadsheetNumber("1.234.567,5", ','), 1234567.5);
    EXPECT_EQ(parseSpreadsheetNumber("-1.234", ','), -1234.0);
    EXPECT_EQ(parseSpreadsheetNumber("1.500", ','), 1500.0);
    EXPECT_EQ(parseSpreadsheetNumber("12,5", ','), 12.5);
    for (const char* bad : {"1.5", "12.34,5", "1.2345", "1..234", ".234", "1.234.", "1.234,", "1.234,5,6", "1.234e3", "1,5.000"}) {
        EXPECT_FALSE(parseSpreadsheetNumber(bad, ',').has_value()) << bad;
    }
}

TEST(NumberParser, SpreadsheetNumbersWithADecimalPointGroupWithCommasOnlyWhenUnambiguous) {
    EXPECT_EQ(parseSpreadsheetNumber("1,234,567", '.'), 1234567.0);
    EXPECT_EQ(parseSpreadsheetNumber("1,234.5", '.'), 1234.5);
    EXPECT_EQ(parseSpreadsheetNumber("3.25", '.'), 3.25);
    EXPECT_EQ(parseSpreadsheetNumber("1.500", '.'), 1.5);
    // "1,234" could be 1.234 written with a decimal comma: refused rather than guessed.
    for (const char* bad : {"1,234", "1,5", "12,34.5", "1,234,56"}) EXPECT_FALSE(parseSpreadsheetNumber(bad, '.').has_value()) << bad;
}

TEST(NumberParser, SpreadsheetNumbersMayHavePercentSignsAndSpaces) {
    EXPECT_EQ(parseSpreadsheetNumber(" 12,5 % ", ','), 12.5);
    EXPECT_EQ(parseSpreadsheetNumber("12.5%", '.'), 12.5);
    EXPECT_EQ(parseSpreadsheetNumber("\xC2\xA0" "1.234\xC2\xA0", ','), 1234.0);  // no-break spaces
    EXPECT_EQ(parseSpreadsheetNumber("\t7\xE2\x80\xAF", '.'), 7.0);
    for (const char* bad : {"%", "12 %%", "% 12", "12 5", "EUR 12", "12,5 m2", "1 234"}) {
        EXPECT_FALSE(parseSpreadsheetNumber(bad, ',').has_value()) << bad;
    }
    // The strict reader used for GeoPackage properties stays strict.
    EXPECT_FALSE(parseDecimal("12%").has_value());
    EXPECT_FALSE(parseDecimal("1,234,567").has_value());
}
