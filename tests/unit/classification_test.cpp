#include <gtest/gtest.h>

#include "core/classification.h"

using namespace wb;

TEST(Classification, QuantilesSplitValuesIntoEqualGroups) {
    std::vector<std::optional<double>> values;
    for (int i = 1; i <= 100; ++i) values.push_back(i);
    values.push_back(std::nullopt);  // missing values are ignored
    const Classification c = quantileClasses(values, 4);
    ASSERT_EQ(c.classCount(), 4);
    EXPECT_EQ(c.breaks, (std::vector<double>{26, 51, 76}));
    EXPECT_EQ(c.classOf(1), 0);
    EXPECT_EQ(c.classOf(25.9), 0);
    EXPECT_EQ(c.classOf(26), 1);
    EXPECT_EQ(c.classOf(100), 3);
    EXPECT_EQ(c.min, 1);
    EXPECT_EQ(c.max, 100);
}

TEST(Classification, CollapsesEqualBreaks) {
    std::vector<std::optional<double>> values(10, 5.0);
    values.push_back(9.0);
    const Classification c = quantileClasses(values, 5);
    EXPECT_EQ(c.classCount(), 2);  // only "5" and "9" remain distinguishable
    EXPECT_EQ(c.classOf(5), 0);
    EXPECT_EQ(c.classOf(9), 1);
}

TEST(Classification, EmptyInputGivesOneClass) {
    const Classification c = quantileClasses({std::nullopt}, 5);
    EXPECT_EQ(c.classCount(), 1);
}
