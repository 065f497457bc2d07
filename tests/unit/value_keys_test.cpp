// ValueKeys finds the values a file gives twice: with keys in increasing order (the usual
// grouped export, checked without sorting) and in any other order (sorted).
#include "io/value_keys.h"

#include <gtest/gtest.h>

namespace wb::io {
namespace {

TEST(ValueKeys, KeysInIncreasingOrderAreAllDistinct) {
    ValueKeys keys;
    int line = 2;
    for (uint32_t indicator = 0; indicator < 3; ++indicator)
        for (uint32_t area = 0; area < 4; ++area)
            for (int period = 2015; period <= 2024; ++period) keys.add(indicator, area, period, line++);
    const ValueKeys::Summary summary = keys.summarise(3);
    EXPECT_EQ(summary.distinct, 3u * 4u * 10u);
    EXPECT_EQ(summary.repeats, 0u);
    EXPECT_TRUE(summary.examples.empty());
}

TEST(ValueKeys, ARepeatRightAfterItsKeyIsFound) {
    ValueKeys keys;
    keys.add(0, 0, 2020, 2);
    keys.add(0, 0, 2021, 3);
    keys.add(0, 0, 2021, 4);  // the same key again: the order is no longer strictly increasing
    keys.add(0, 1, 2020, 5);
    const ValueKeys::Summary summary = keys.summarise(3);
    EXPECT_EQ(summary.distinct, 3u);
    ASSERT_EQ(summary.repeats, 1u);
    EXPECT_EQ(summary.examples[0].earlierLine, 3);
    EXPECT_EQ(summary.examples[0].line, 4);
}

TEST(ValueKeys, KeysInAnyOrderAreSortedToFindRepeats) {
    ValueKeys keys;
    keys.add(1, 0, 2020, 2);
    keys.add(0, 5, 2020, 3);
    keys.add(0, 2, 2019, 4);
    keys.add(1, 0, 2020, 5);  // repeats line 2
    keys.add(0, 2, 2019, 6);  // repeats line 4
    const ValueKeys::Summary summary = keys.summarise(1);
    EXPECT_EQ(summary.distinct, 3u);
    EXPECT_EQ(summary.repeats, 2u);
    ASSERT_EQ(summary.examples.size(), 1u);  // the first in file order
    EXPECT_EQ(summary.examples[0].earlierLine, 2);
    EXPECT_EQ(summary.examples[0].line, 5);
}

TEST(ValueKeys, ADecreasingKeyThatIsNewIsNoRepeat) {
    ValueKeys keys;
    keys.add(0, 3, 2024, 2);
    keys.add(0, 1, 2024, 3);
    const ValueKeys::Summary summary = keys.summarise(3);
    EXPECT_EQ(summary.distinct, 2u);
    EXPECT_EQ(summary.repeats, 0u);
}

}  // namespace
}  // namespace wb::io
