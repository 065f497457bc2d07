// FileValues holds an indicator file's values before they are stored: it puts them in the
// database's key order (checked without sorting when the file came in that order, sorted when
// not) and finds the values a file gives twice.
#include "io/file_values.h"

#include <gtest/gtest.h>

namespace wb::io {
namespace {

std::vector<uint32_t> identity(uint32_t n) {
    std::vector<uint32_t> ranks(n);
    for (uint32_t i = 0; i < n; ++i) ranks[i] = i;
    return ranks;
}

// The values as "indicator/area/period=number@line" in their order.
std::vector<std::string> listed(const FileValues& values) {
    std::vector<std::string> out;
    for (const FileValues::Value& v : values.values()) {
        out.push_back(std::to_string(FileValues::indicatorOf(v)) + "/" + std::to_string(FileValues::areaOf(v)) + "/" +
                      std::to_string(v.period) + "=" + (v.missing ? std::string("-") : std::to_string(static_cast<int>(v.number))) +
                      "@" + std::to_string(v.line));
    }
    return out;
}

TEST(FileValues, KeysInIncreasingOrderAreAllDistinct) {
    FileValues values;
    int line = 2;
    for (uint32_t indicator = 0; indicator < 3; ++indicator)
        for (uint32_t area = 0; area < 4; ++area)
            for (int period = 2015; period <= 2024; ++period) values.add(indicator, area, period, line++, 1.0);
    values.order(identity(3), identity(4));
    const FileValues::Summary summary = values.summarise(3);
    EXPECT_EQ(summary.distinct, 3u * 4u * 10u);
    EXPECT_EQ(summary.repeats, 0u);
    EXPECT_TRUE(summary.examples.empty());
    EXPECT_EQ(values.values().front().line, 2u);
    EXPECT_EQ(values.values().back().line, 121u);
}

TEST(FileValues, ValuesAreOrderedByTheRanksOfTheirIndicatorAndArea) {
    // An export area by area, of two indicators numbered in the file's order (0 = "z_score",
    // 1 = "a_score") and areas numbered likewise (0 = GM0034, 1 = GM0014).
    FileValues values;
    values.add(0, 0, 2024, 2, 1.0);
    values.add(1, 0, 2024, 3, 2.0);
    values.add(0, 1, 2023, 4, 3.0);
    values.add(0, 1, 2022, 5, std::nullopt);
    values.add(1, 1, 2024, 6, 5.0);
    values.order({1, 0}, {1, 0});  // by id: a_score first; by code: GM0014 first
    EXPECT_EQ(listed(values), (std::vector<std::string>{"0/0/2024=5@6", "0/1/2024=2@3", "1/0/2022=-@5", "1/0/2023=3@4",
                                                        "1/1/2024=1@2"}));
    EXPECT_EQ(values.summarise(3).distinct, 5u);
}

TEST(FileValues, ARepeatRightAfterItsKeyIsFound) {
    FileValues values;
    values.add(0, 0, 2020, 2, 1.0);
    values.add(0, 0, 2021, 3, 2.0);
    values.add(0, 0, 2021, 4, 3.0);  // the same key again: the order is no longer strictly increasing
    values.add(0, 1, 2020, 5, 4.0);
    values.order(identity(1), identity(2));
    const FileValues::Summary summary = values.summarise(3);
    EXPECT_EQ(summary.distinct, 3u);
    ASSERT_EQ(summary.repeats, 1u);
    EXPECT_EQ(summary.examples[0].earlierLine, 3);
    EXPECT_EQ(summary.examples[0].line, 4);
}

TEST(FileValues, KeysInAnyOrderAreSortedToFindRepeatsAndTheLastComesLast) {
    FileValues values;
    values.add(1, 0, 2020, 2, 1.0);
    values.add(0, 5, 2020, 3, 2.0);
    values.add(0, 2, 2019, 4, 3.0);
    values.add(1, 0, 2020, 5, 4.0);  // repeats line 2
    values.add(0, 2, 2019, 6, 5.0);  // repeats line 4
    values.add(1, 0, 2020, 7, 6.0);  // repeats line 5
    values.order(identity(2), identity(6));
    const FileValues::Summary summary = values.summarise(1);
    EXPECT_EQ(summary.distinct, 3u);
    EXPECT_EQ(summary.repeats, 3u);
    ASSERT_EQ(summary.examples.size(), 1u);  // the first in file order
    EXPECT_EQ(summary.examples[0].earlierLine, 2);
    EXPECT_EQ(summary.examples[0].line, 5);
    // Equal keys stay in the order of their lines, so the last of them is the file's last word.
    EXPECT_EQ(listed(values), (std::vector<std::string>{"0/2/2019=3@4", "0/2/2019=5@6", "0/5/2020=2@3", "1/0/2020=1@2",
                                                        "1/0/2020=4@5", "1/0/2020=6@7"}));
}

TEST(FileValues, ADecreasingKeyThatIsNewIsNoRepeat) {
    FileValues values;
    values.add(0, 3, 2024, 2, 1.0);
    values.add(0, 1, 2024, 3, 1.0);
    values.order(identity(1), identity(4));
    const FileValues::Summary summary = values.summarise(3);
    EXPECT_EQ(summary.distinct, 2u);
    EXPECT_EQ(summary.repeats, 0u);
}

}  // namespace
}  // namespace wb::io
