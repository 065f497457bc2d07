#include <gtest/gtest.h>

#include "core/number_format.h"

using namespace wb;

TEST(NumberFormat, DutchAndEnglishSeparators) {
    EXPECT_EQ(formatNumber(17942942, 0, Language::Dutch), "17.942.942");
    EXPECT_EQ(formatNumber(17942942, 0, Language::English), "17,942,942");
    EXPECT_EQ(formatNumber(1234.5, 1, Language::Dutch), "1.234,5");
    EXPECT_EQ(formatNumber(1234.5, 2, Language::English), "1,234.50");
    EXPECT_EQ(formatNumber(-0.04, 1, Language::Dutch), "0,0");
    EXPECT_EQ(formatNumber(-12.5, 1, Language::English), "-12.5");
    EXPECT_EQ(formatNumber(999, 0, Language::Dutch), "999");
}

TEST(NumberFormat, SmallCountsOfPeopleAreSuppressed) {
    EXPECT_EQ(formatPeopleCount(4, Language::Dutch), "<5");
    EXPECT_EQ(formatPeopleCount(0, Language::Dutch), "<5");
    EXPECT_EQ(formatPeopleCount(5, Language::Dutch), "5");
    EXPECT_EQ(formatPeopleCount(3800, Language::English), "3,800");
    EXPECT_EQ(formatPeopleCount(12, Language::English, 20), "<20");
}

#include "core/date_format.h"

TEST(DateFormat, DutchAndEnglish) {
    EXPECT_EQ(wb::formatDate("2026-11-28", wb::Language::Dutch), "28-11-2026");
    EXPECT_EQ(wb::formatDate("2026-03-05T10:00:00Z", wb::Language::English), "5 Mar 2026");
    EXPECT_EQ(wb::formatDate("2026-13-05", wb::Language::English), "2026-13-05");
    EXPECT_EQ(wb::formatDate("yesterday", wb::Language::Dutch), "yesterday");
    EXPECT_EQ(wb::todayIsoDate().size(), 10u);
}
