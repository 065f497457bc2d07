#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <string>

#include "views/strings.h"

namespace wb::ui {
bool stringTableIsInEnumOrder();
}

using namespace wb;
using namespace wb::ui;

TEST(Strings, TableIsInEnumOrder) { EXPECT_TRUE(stringTableIsInEnumOrder()); }

TEST(Strings, EveryStringHasBothLanguages) {
    for (size_t i = 0; i < kTextCount; ++i) {
        const auto id = static_cast<Text>(i);
        const char* nl = translation(id, Language::Dutch);
        const char* en = translation(id, Language::English);
        ASSERT_NE(nl, nullptr);
        ASSERT_NE(en, nullptr);
        EXPECT_GT(std::strlen(nl), 0u) << "entry " << i;
        EXPECT_GT(std::strlen(en), 0u) << "entry " << i;
    }
}

TEST(Strings, SwitchingLanguageChangesTheResult) {
    setLanguage(Language::English);
    EXPECT_STREQ(tr(Text::PanelRegions), "Safety regions");
    setLanguage(Language::Dutch);
    EXPECT_STREQ(tr(Text::PanelRegions), "Veiligheidsregio's");
}
