#include <gtest/gtest.h>

#include "core/text_split.h"

using namespace wb;
using List = std::vector<std::string>;

TEST(TextSplit, TrimsBlanksAtBothEnds) {
    EXPECT_EQ(trimmed("  water \t\r\n"), "water");
    EXPECT_EQ(trimmed(" \t "), "");
    EXPECT_EQ(trimmed("a b"), "a b");
}

TEST(TextSplit, SplitsOnTheSeparatorAndDropsEmptyPieces) {
    EXPECT_EQ(splitTrimmed("water, voedsel ,,warmte en opladen,", ','), (List{"water", "voedsel", "warmte en opladen"}));
    EXPECT_EQ(splitTrimmed("", ','), List{});
    EXPECT_EQ(splitTrimmed("GM0014, wijk\n\n GM0034\r\n", '\n'), (List{"GM0014, wijk", "GM0034"}));
}

TEST(TextSplit, WordsAreRunsOfNonBlanks) {
    EXPECT_EQ(wordsOf("  voedselbank \tGroningen\n"), (List{"voedselbank", "Groningen"}));
    EXPECT_EQ(wordsOf(" "), List{});
}
