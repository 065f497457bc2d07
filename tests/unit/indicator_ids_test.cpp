// Indicator ids (io/indicator_ids.h): labels that differ never share an id; a StatLine column
// number is left off only when that stays unambiguous in the file and in the database.
#include <gtest/gtest.h>

#include <map>

#include "io/indicator_ids.h"

using namespace wb::io;

namespace {

using Ids = std::vector<std::string>;

// A database with these indicators (id -> name).
ExistingIndicatorName database(std::map<std::string, std::string> indicators) {
    return [indicators](const std::string& id) -> std::optional<std::string> {
        const auto it = indicators.find(id);
        return it == indicators.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

const ExistingIndicatorName kEmpty = database({});

}  // namespace

TEST(IndicatorIds, SlugsAreLowerCaseAsciiWithUnderscores) {
    EXPECT_EQ(indicatorSlug("AantalInwoners_5"), "aantalinwoners_5");
    EXPECT_EQ(indicatorSlug("Inwoners 75+ (aantal)"), "inwoners_75_aantal");
    EXPECT_EQ(indicatorSlug("Wmo-cliënten"), "wmo_clienten");
    EXPECT_EQ(indicatorSlug("  ?? "), "indicator");
    EXPECT_EQ(withoutStatLineSuffix("aantalinwoners_5"), "aantalinwoners");
    EXPECT_EQ(withoutStatLineSuffix("inwoners_75_aantal"), "inwoners_75_aantal");
    EXPECT_EQ(withoutStatLineSuffix("ind_"), "ind_");
    EXPECT_EQ(withoutStatLineSuffix("_12"), "_12");
}

TEST(IndicatorIds, AStatLineSuffixIsLeftOffWhenThatIsUnambiguous) {
    EXPECT_EQ(deriveIndicatorIds({"AantalInwoners_5", "Bevolkingsdichtheid_34", "Aandeel_vrouwen"}, kEmpty),
              (Ids{"aantalinwoners", "bevolkingsdichtheid", "aandeel_vrouwen"}));
}

TEST(IndicatorIds, SuffixesStayWhenLeavingThemOffWouldMergeIndicators) {
    EXPECT_EQ(deriveIndicatorIds({"ind_1", "ind_2"}, kEmpty), (Ids{"ind_1", "ind_2"}));
    EXPECT_EQ(deriveIndicatorIds({"Inwoners_1", "Inwoners_2", "Inwoners"}, kEmpty),
              (Ids{"inwoners_1", "inwoners_2", "inwoners"}));
    // Only the colliding ones keep theirs.
    EXPECT_EQ(deriveIndicatorIds({"Inwoners", "Inwoners_2", "Woningen_3"}, kEmpty), (Ids{"inwoners", "inwoners_2", "woningen"}));
}

TEST(IndicatorIds, LabelsThatStillCollideAreCounted) {
    EXPECT_EQ(deriveIndicatorIds({"Inwoners 75+", "Inwoners 75-", "inwoners (75)"}, kEmpty),
              (Ids{"inwoners_75", "inwoners_75_2", "inwoners_75_3"}));
    // The same header twice in a wide table: two columns, two indicators.
    EXPECT_EQ(deriveIndicatorIds({"score", "score"}, kEmpty), (Ids{"score", "score_2"}));
}

TEST(IndicatorIds, TheDatabaseKeepsItsIndicatorsApart) {
    // An indicator of the same id under another name is not overwritten ...
    const ExistingIndicatorName db = database({{"inwoners", "Inwoners (voorbeeld)"}, {"woningen_3", "Woningen_3"}});
    EXPECT_EQ(deriveIndicatorIds({"Inwoners_1"}, db), (Ids{"inwoners_1"}));
    EXPECT_EQ(deriveIndicatorIds({"Inwoners"}, db), (Ids{"inwoners_2"}));
    // ... but the same label imported again gets its id again, so its values are replaced.
    EXPECT_EQ(deriveIndicatorIds({"Woningen_3"}, db), (Ids{"woningen_3"}));
    const ExistingIndicatorName again = database({{"aantalinwoners", "AantalInwoners_5"}});
    EXPECT_EQ(deriveIndicatorIds({"AantalInwoners_5"}, again), (Ids{"aantalinwoners"}));
}
