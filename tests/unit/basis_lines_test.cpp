// The lines that say what regional and national figures rest on: their strings (complete, the same
// placeholders in both languages), their wording, and the computation behind the roll-up's line.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "exchange_test_support.h"

#include "core/checklist.h"
#include "core/rollup_basis.h"
#include "views/basis_lines.h"
#include "views/exchange_view.h"
#include "views/strings_basis.h"

using namespace wb;
using namespace wb::ui;
using namespace wb::io;
using namespace wb::test;

namespace {

// The printf placeholders of a text, in order: a translation must take the same arguments.
std::string placeholders(const char* text) {
    std::string out;
    for (const char* p = text; *p; ++p) {
        if (*p == '%' && p[1]) out += *++p;
    }
    return out;
}

RollupBasis haaglanden() {
    RollupBasis b;
    b.scopeCode = "VR15";
    b.level = AreaLevel::Municipality;
    b.expected = 9;
    b.delivered = 6;
    b.enteredHere = 1;
    b.oldestPeildatum = b.newestPeildatum = "2026-11-01";
    b.missing = {"Delft", "Rijswijk"};
    return b;
}

int64_t firstMeasure(const Database& db) {
    return listMeasures(db, applicableList(db, AreaLevel::Municipality)->id).front().id;
}

}  // namespace

TEST(StringsBasis, EveryStringHasBothLanguagesWithTheSamePlaceholders) {
    for (int i = 0; i < static_cast<int>(BasisText::Count_); ++i) {
        const auto id = static_cast<BasisText>(i);
        EXPECT_STRNE(translation(id, Language::Dutch), "") << i;
        EXPECT_STRNE(translation(id, Language::English), "") << i;
        EXPECT_EQ(placeholders(translation(id, Language::Dutch)), placeholders(translation(id, Language::English))) << i;
    }
}

TEST(BasisLines, TheRollUpSaysWhatItRestsOnInBothLanguages) {
    EXPECT_EQ(restsOnLine(haaglanden(), Language::Dutch),
              "Gebaseerd op 7 van 9 gemeenten (6 aangeleverd, peildatum 01-11-2026; 1 hier ingevoerd); "
              "ontbreekt: Delft, Rijswijk");
    EXPECT_EQ(restsOnLine(haaglanden(), Language::English),
              "Based on 7 of 9 municipalities (6 delivered, as of 1 Nov 2026; 1 entered here); missing: Delft, Rijswijk");
    RollupBasis regions;
    regions.level = AreaLevel::SafetyRegion;
    regions.expected = 25;
    regions.delivered = 2;
    regions.oldestPeildatum = "2026-09-30";
    regions.newestPeildatum = "2026-11-01";
    for (int i = 0; i < 23; ++i) regions.missing.push_back("Regio " + std::string(1, char('A' + i)));
    EXPECT_EQ(restsOnLine(regions, Language::Dutch),
              "Gebaseerd op 2 van 25 veiligheidsregio's (2 aangeleverd, peildatum 30-09-2026 t/m 01-11-2026); "
              "ontbreekt: Regio A, Regio B, Regio C, Regio D, Regio E en 18 andere");
    RollupBasis complete = haaglanden();
    complete.missing.clear();
    complete.enteredHere = 0;
    complete.delivered = 9;
    EXPECT_EQ(restsOnLine(complete, Language::Dutch), "Gebaseerd op 9 van 9 gemeenten (9 aangeleverd, peildatum 01-11-2026)");
}

TEST(BasisLines, AnAssignmentSaysHowTheDeliveredAreasStand) {
    AssignmentStanding s;
    s.board = "VNG";
    s.number = 3;
    s.level = AreaLevel::Municipality;
    s.areas = 11;
    s.done = 5;
    s.inProgress = 3;
    s.notStarted = 1;
    s.missing = 2;
    EXPECT_EQ(assignmentStandingLine(s, Language::Dutch), "gemeenten: 5 gereed, 3 bezig, 1 niet gestart, 2 niet aangeleverd");
    EXPECT_EQ(assignmentStandingLine(s, Language::English),
              "municipalities: 5 done, 3 in progress, 1 not started, 2 not delivered");
    AssignmentStanding none;
    none.level = AreaLevel::SafetyRegion;
    none.areas = 25;
    none.missing = 25;
    EXPECT_EQ(assignmentStandingLine(none, Language::Dutch), "veiligheidsregio's: 25 niet aangeleverd");
}

TEST(RollupBasis, CountsDeliveredEnteredHereAndMissingAreas) {
    Copy region(kRegion);
    const std::vector<std::string> gms = municipalitiesOf(region, kRegion);
    ASSERT_GE(gms.size(), 4u);
    // Start from no statuses at all in the region, then: one municipality delivers, one is
    // entered here, one only has a status after the as-of day.
    region.db.exec("DELETE FROM measure_status");
    Copy a(gms[0]);
    StatusChange change;
    change.status = MeasureStatus::Done;
    change.statusDate = "2026-03-01";
    setMeasureStatus(a.db, gms[0], firstMeasure(a.db), change);
    pinSenderKey(region.db, gms[0], "A", kKeyA, "fp");
    ASSERT_EQ(receive(region, signedBy(makeExchange(a.db, a.areas, "2026-03-15", "t1"), kKeyA)).verdict,
              io::DeliveryVerdict::Accepted);
    setMeasureStatus(region.db, gms[1], firstMeasure(region.db), change);
    change.statusDate = "2026-05-01";
    setMeasureStatus(region.db, gms[2], firstMeasure(region.db), change);

    const auto basis = rollupBasis(region.db, region.areas, kRegion, AreaLevel::Municipality, kAsOf);
    ASSERT_TRUE(basis);
    EXPECT_EQ(basis->expected, static_cast<int>(gms.size()));
    EXPECT_EQ(basis->delivered, 1);
    EXPECT_EQ(basis->newestPeildatum, "2026-03-15");
    EXPECT_EQ(basis->enteredHere, 1);
    EXPECT_EQ(basis->based(), 2);
    EXPECT_EQ(basis->missing.size(), gms.size() - 2);
    EXPECT_TRUE(std::is_sorted(basis->missing.begin(), basis->missing.end()));
    const std::string third = region.areas.find(gms[2])->name;
    EXPECT_NE(std::find(basis->missing.begin(), basis->missing.end(), third), basis->missing.end())
        << "a status dated after the as-of day does not count yet";

    // The delivery overview and the line agree on who delivered.
    const DeliveryOverview overview = deliveryOverview(region.db, region.areas, kRegion, kAsOf);
    EXPECT_EQ(overview.delivered, basis->delivered);
    EXPECT_EQ(deliveredLine(overview, Language::Dutch),
              "1 van " + std::to_string(gms.size()) + " gemeenten aangeleverd, peildatum 15-03-2026");
    const std::string line = restsOnLineFor(region.db, region.areas, kRegion, BaselineList::Municipalities, kAsOf,
                                            Language::Dutch);
    EXPECT_EQ(line.rfind("Gebaseerd op 2 van " + std::to_string(gms.size()) +
                             " gemeenten (1 aangeleverd, peildatum 15-03-2026; 1 hier ingevoerd); ontbreekt: ", 0),
              0u) << line;

    // No roll-up, no line: a municipality, or a region's own list in the region.
    EXPECT_FALSE(rollupBasis(region.db, region.areas, gms[0], AreaLevel::Municipality, kAsOf));
    EXPECT_FALSE(rollupBasis(region.db, region.areas, kRegion, AreaLevel::SafetyRegion, kAsOf));
    EXPECT_EQ(restsOnLineFor(region.db, region.areas, kRegion, BaselineList::SafetyRegions, kAsOf, Language::Dutch), "");
    // The country counts its regions for the regions' list.
    const auto national = rollupBasis(region.db, region.areas, "NL01", AreaLevel::SafetyRegion, kAsOf);
    ASSERT_TRUE(national);
    EXPECT_EQ(national->expected, 25);
    EXPECT_EQ(national->based(), 0);
    EXPECT_EQ(national->missing.size(), 25u);
}
