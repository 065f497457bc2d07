#include <gtest/gtest.h>

#include "views/view_link.h"

using namespace wb;

TEST(ViewLink, RoundTripsEveryPartOfTheView) {
    ViewLink link;
    link.settings.level = AreaLevel::SafetyRegion;
    link.settings.shape = MapShape::Tiles;
    link.settings.indicatorId = "residents_75_plus";
    link.settings.method = ClassMethod::NaturalBreaks;
    link.settings.classCount = 5;
    link.selectedCode = "VR01";
    link.centre = glm::dvec2(12.345678, -67.25);
    link.kmPerPixel = 0.8123;
    const std::string text = formatViewLink(link);
    EXPECT_EQ(text, "level=safety_region&shape=tiles&indicator=residents_75_plus&classes=natural-5&select=VR01"
                    "&centre=12.3457,-67.25&scale=0.8123");
    const auto back = parseViewLink("#" + text, MapSettings{});
    ASSERT_TRUE(back);
    EXPECT_EQ(back->settings.level, AreaLevel::SafetyRegion);
    EXPECT_EQ(back->settings.shape, MapShape::Tiles);
    EXPECT_EQ(back->settings.indicatorId, "residents_75_plus");
    EXPECT_EQ(back->settings.method, ClassMethod::NaturalBreaks);
    EXPECT_EQ(back->settings.classCount, 5);
    EXPECT_EQ(back->selectedCode, "VR01");
    EXPECT_NEAR(back->centre->x, 12.3457, 1e-9);
    EXPECT_DOUBLE_EQ(*back->kmPerPixel, 0.8123);
}

TEST(ViewLink, IgnoresWhatIsNotAView) {
    EXPECT_FALSE(parseViewLink("", MapSettings{}));
    EXPECT_FALSE(parseViewLink("#section-2", MapSettings{}));
    EXPECT_FALSE(parseViewLink("#level=country&scale=-1&centre=nan,1", MapSettings{}));
    MapSettings fallback;
    fallback.indicatorId = "population";
    const auto link = parseViewLink("#indicator=<img src=x>&select=GM0014'--&classes=natural-42&level=district&x=1",
                                    fallback);
    ASSERT_TRUE(link);  // the level is good, the rest is not
    EXPECT_EQ(link->settings.level, AreaLevel::District);
    EXPECT_EQ(link->settings.indicatorId, "population");
    EXPECT_EQ(link->selectedCode, "");
    EXPECT_EQ(link->settings.method, ClassMethod::NaturalBreaks);
    EXPECT_EQ(link->settings.classCount, kDefaultClassCount);
    EXPECT_FALSE(link->centre);
}

TEST(ViewLink, KeepsAComputedIndicator) {
    MapSettings fallback;
    const auto link = parseViewLink("#indicator=computed:progress&level=municipality", fallback);
    ASSERT_TRUE(link.has_value());
    EXPECT_EQ(link->settings.indicatorId, "computed:progress");
}
