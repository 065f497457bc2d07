#include <gtest/gtest.h>

#include <cstring>

#include "views/strings.h"
#include "views/strings_progress.h"

using namespace wb;
using namespace wb::ui;

TEST(StringsProgress, TableIsInEnumOrder) { EXPECT_TRUE(progressTableIsInEnumOrder()); }

TEST(StringsProgress, EveryStringHasBothLanguages) {
    for (size_t i = 0; i < kProgressTextCount; ++i) {
        const auto id = static_cast<ProgressText>(i);
        for (Language language : {Language::Dutch, Language::English}) {
            const char* text = translation(id, language);
            ASSERT_NE(text, nullptr) << "entry " << i;
            EXPECT_GT(std::strlen(text), 0u) << "entry " << i;
        }
    }
}

TEST(StringsProgress, FollowTheInterfaceLanguage) {
    setLanguage(Language::English);
    EXPECT_STREQ(tr(ProgressText::TabProgress), "Progress");
    setLanguage(Language::Dutch);
    EXPECT_STREQ(tr(ProgressText::TabProgress), "Voortgang");
}

TEST(StringsProgress, KeysOfTheDataHaveLabels) {
    EXPECT_STREQ(statusLabel(MeasureStatus::NotApplicable, Language::Dutch), "Niet van toepassing");
    EXPECT_STREQ(phaseLabel("first_72h", Language::English), "First 72 hours");
    EXPECT_STREQ(assignmentStatusLabel("in_progress", Language::Dutch), "Bezig");
    EXPECT_EQ(topicLabel("drinking_water", Language::Dutch), "Drinkwater");
    EXPECT_EQ(topicLabel("my_own_topic", Language::English), "my_own_topic");  // a user's key as written
}
