// Assignment statuses travel in the reporting chain: a municipality's edited tracking goes in its
// file, the region keeps it per municipality, re-imports and older files change nothing, the
// region's file passes it on, older files without assignment rows are still read, and the region
// sees per assignment how its municipalities stand.
#include <gtest/gtest.h>

#include <string>

#include "exchange_test_support.h"

#include "core/assignment_statuses.h"
#include "core/assignments.h"
#include "io/exchange_file.h"

using namespace wb;
using namespace wb::io;
using namespace wb::test;

namespace {

int64_t assignmentId(const Database& db, const std::string& board, int number) {
    Statement st = db.prepare("SELECT id FROM assignment WHERE board = ? AND number = ?");
    st.bind(1, board).bind(2, number);
    return st.step() ? st.getInt(0) : 0;
}

void track(Copy& copy, const std::string& board, int number, const std::string& status, const std::string& owner) {
    updateAssignment(copy.db, assignmentId(copy.db, board, number), status, owner, "2026-06-30");
}

std::string statusAt(const Copy& copy, const std::string& area, const std::string& board, int number) {
    const auto s = assignmentStatus(copy.db, area, board, number);
    return s ? s->status : "none";
}

KindCounts countsOf(const DeliveryReport& report) {
    const auto found = report.counts.find("assignment_status");
    return found == report.counts.end() ? KindCounts{} : found->second;
}

const AssignmentStanding& standingOf(const std::vector<AssignmentStanding>& all, const std::string& board, int number) {
    for (const AssignmentStanding& s : all) {
        if (s.board == board && s.number == number) return s;
    }
    static const AssignmentStanding none;
    ADD_FAILURE() << "no standing for " << board << " " << number;
    return none;
}

}  // namespace

TEST(AssignmentStatuses, OnlyTrackingEditedHereTravelsKeyedByAreaAndBoardAndNumber) {
    Copy gm("GM0503");  // Delft
    // The shipped example tracking is nobody's own answer: nothing travels yet.
    EXPECT_TRUE(assignmentStatuses(gm.db).empty());
    track(gm, "VNG", 3, "in_progress", "Team Bevolkingszorg");
    const ExchangeFile file = [&] {
        const MadeExchange made = makeExchange(gm.db, gm.areas, kAsOf, "t1");
        return readExchangeFile(made.image.data(), made.image.size());
    }();
    EXPECT_EQ(file.manifest.counts.at("assignment_status"), 1);
    int found = 0;
    for (const ExchangeRecord& r : file.records) {
        if (r.kind != "assignment_status") continue;
        ++found;
        EXPECT_EQ(r.uid, "assignment/GM0503/VNG/3");
        EXPECT_EQ(r.areaCode, "GM0503");
        EXPECT_NE(r.content.find("\"status\":\"in_progress\""), std::string::npos) << r.content;
        EXPECT_NE(r.content.find("\"board\":\"VNG\""), std::string::npos) << r.content;
        EXPECT_EQ(r.content.find("\"id\""), std::string::npos) << "no local ids: " << r.content;
    }
    EXPECT_EQ(found, 1);
}

TEST(AssignmentStatuses, ARegionKeepsEachMunicipalitysStatusAndReimportsChangeNothing) {
    Copy region(kRegion);
    const std::vector<std::string> gms = municipalitiesOf(region, kRegion);
    ASSERT_GE(gms.size(), 3u);
    Copy a(gms[0]), b(gms[1]);
    pinSenderKey(region.db, gms[0], "A", kKeyA, "fp");
    pinSenderKey(region.db, gms[1], "B", kKeyB, "fp");
    track(a, "VNG", 2, "done", "Wethouder A");
    track(a, "VNG", 3, "in_progress", "Team A");
    track(b, "VNG", 2, "in_progress", "Team B");
    // The region's own tracking is not a municipality's.
    track(region, "Veiligheidsberaad", 5, "done", "Regio");
    const std::string regionOwnBefore = region.db.scalarText("SELECT status FROM assignment WHERE board = 'VNG' AND number = 2");

    const IncomingFile fromA = signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA);
    const DeliveryReport ra = receive(region, fromA);
    const DeliveryReport rb = receive(region, signedBy(makeExchange(b.db, b.areas, kAsOf, "t1"), kKeyB));
    ASSERT_EQ(ra.verdict, DeliveryVerdict::Accepted) << ra.detail;
    ASSERT_EQ(rb.verdict, DeliveryVerdict::Accepted) << rb.detail;
    EXPECT_EQ(countsOf(ra).added, 2);
    EXPECT_EQ(countsOf(rb).added, 1);
    EXPECT_EQ(statusAt(region, gms[0], "VNG", 2), "done");
    EXPECT_EQ(statusAt(region, gms[0], "VNG", 3), "in_progress");
    EXPECT_EQ(statusAt(region, gms[1], "VNG", 2), "in_progress");
    EXPECT_EQ(region.db.scalarText("SELECT source_code FROM assignment_status WHERE area_code = '" + gms[0] + "' LIMIT 1"),
              gms[0]);
    EXPECT_EQ(region.db.scalarText("SELECT status FROM assignment WHERE board = 'VNG' AND number = 2"), regionOwnBefore);

    // Per assignment, how the region's municipalities stand; its own Veiligheidsberaad tracking counts
    // for the region itself.
    const std::vector<AssignmentStanding> standings = assignmentStandings(region.db, region.areas, kRegion);
    ASSERT_EQ(standings.size(), 14u);
    const AssignmentStanding& vng2 = standingOf(standings, "VNG", 2);
    EXPECT_EQ(vng2.level, AreaLevel::Municipality);
    EXPECT_EQ(vng2.areas, static_cast<int>(gms.size()));
    EXPECT_EQ(vng2.done, 1);
    EXPECT_EQ(vng2.inProgress, 1);
    EXPECT_EQ(vng2.notStarted, 0);
    EXPECT_EQ(vng2.missing, static_cast<int>(gms.size()) - 2);
    const AssignmentStanding& vb5 = standingOf(standings, "Veiligheidsberaad", 5);
    EXPECT_EQ(vb5.level, AreaLevel::SafetyRegion);
    EXPECT_EQ(vb5.areas, 1);
    EXPECT_EQ(vb5.done, 1);
    EXPECT_TRUE(assignmentStandings(region.db, region.areas, gms[0]).empty()) << "a municipality has only its own";

    // The same file again: a duplicate, every row unchanged.
    const std::string before = region.db.scalarText(
        "SELECT group_concat(area_code || board || number || status || changed_at, ';') FROM assignment_status");
    const DeliveryReport again = receive(region, fromA);
    EXPECT_EQ(again.verdict, DeliveryVerdict::Duplicate);
    EXPECT_EQ(countsOf(again).unchanged, 2);
    EXPECT_EQ(countsOf(again).added + countsOf(again).updated + countsOf(again).conflicts, 0);
    // A new file with the same statuses: accepted, the rows unchanged.
    const DeliveryReport same = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t2"), kKeyA));
    EXPECT_EQ(same.verdict, DeliveryVerdict::Accepted);
    EXPECT_EQ(countsOf(same).unchanged, 2);
    EXPECT_EQ(region.db.scalarText(
                  "SELECT group_concat(area_code || board || number || status || changed_at, ';') FROM assignment_status"),
              before);
}

TEST(AssignmentStatuses, AnOlderFileAfterANewerOneChangesNothing) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    track(a, "VNG", 4, "in_progress", "Team A");
    const IncomingFile first = signedBy(makeExchange(a.db, a.areas, "2026-01-31", "t1"), kKeyA);
    track(a, "VNG", 4, "done", "Team A");
    const IncomingFile second = signedBy(makeExchange(a.db, a.areas, "2026-02-28", "t2"), kKeyA);

    ASSERT_EQ(receive(region, second).verdict, DeliveryVerdict::Accepted);
    EXPECT_EQ(statusAt(region, gm, "VNG", 4), "done");
    const DeliveryReport older = receive(region, first);
    EXPECT_EQ(older.verdict, DeliveryVerdict::Older);
    EXPECT_EQ(countsOf(older).history, 1);
    EXPECT_EQ(countsOf(older).updated + countsOf(older).added + countsOf(older).conflicts, 0);
    EXPECT_EQ(statusAt(region, gm, "VNG", 4), "done");

    // And in the right order, the newer one updates what the older one brought.
    Copy other(kRegion);
    pinSenderKey(other.db, gm, "A", kKeyA, "fp");
    ASSERT_EQ(receive(other, first).verdict, DeliveryVerdict::Accepted);
    EXPECT_EQ(statusAt(other, gm, "VNG", 4), "in_progress");
    const DeliveryReport later = receive(other, second);
    EXPECT_EQ(countsOf(later).updated, 1);
    EXPECT_EQ(statusAt(other, gm, "VNG", 4), "done");
}

TEST(AssignmentStatuses, TheRegionsFilePassesThemOnToTheCountry) {
    Copy region(kRegion), country("NL01");
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    track(a, "VNG", 6, "done", "Team A");
    track(region, "Veiligheidsberaad", 2, "in_progress", "Regio");
    const IncomingFile fromA = signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA);
    pinSenderKey(region.db, gm, "A", kKeyA, "fpA");
    ASSERT_EQ(receive(region, fromA).verdict, DeliveryVerdict::Accepted);

    const MadeExchange regional = makeExchange(region.db, region.areas, kAsOf, "t2");
    // The region's own records carry only its own status; the municipality's travels in its own file.
    const ExchangeFile parsed = readExchangeFile(regional.image.data(), regional.image.size());
    EXPECT_EQ(parsed.manifest.counts.at("assignment_status"), 1);
    ASSERT_EQ(parsed.forwarded.size(), 1u);

    pinSenderKey(country.db, kRegion, "Haaglanden", "RWQregion", "fpR");
    const DeliveryReport top = receive(country, signedBy(regional, "RWQregion"));
    ASSERT_EQ(top.verdict, DeliveryVerdict::Accepted) << top.detail;
    EXPECT_EQ(countsOf(top).added, 1);
    IncomingFile inner = fromA;
    inner.viaCode = kRegion;
    inner.vouchedKeys = top.senderKeys;
    const DeliveryReport nested = receive(country, inner);
    ASSERT_EQ(nested.verdict, DeliveryVerdict::Accepted) << nested.detail;
    EXPECT_EQ(countsOf(nested).added, 1);
    EXPECT_EQ(statusAt(country, gm, "VNG", 6), "done");
    EXPECT_EQ(statusAt(country, kRegion, "Veiligheidsberaad", 2), "in_progress");

    const std::vector<AssignmentStanding> national = assignmentStandings(country.db, country.areas, "NL01");
    EXPECT_EQ(standingOf(national, "VNG", 6).areas, 342);
    EXPECT_EQ(standingOf(national, "VNG", 6).done, 1);
    EXPECT_EQ(standingOf(national, "VNG", 6).missing, 341);
    EXPECT_EQ(standingOf(national, "Veiligheidsberaad", 2).areas, 25);
    EXPECT_EQ(standingOf(national, "Veiligheidsberaad", 2).inProgress, 1);
}

TEST(AssignmentStatuses, AFileFromBeforeAssignmentsTravelledIsStillAccepted) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    MadeExchange made = makeExchange(a.db, a.areas, kAsOf, "t1");
    // Such a file neither holds assignment rows nor counts them in its manifest (the count is not
    // part of the content hash, so the file still checks out).
    Database image = Database::fromBytes(made.image.data(), made.image.size());
    ASSERT_EQ(image.scalarInt("SELECT count(*) FROM record WHERE kind = 'assignment_status'"), 0);
    image.exec("DELETE FROM manifest WHERE key = 'count.assignment_status'");
    made.image = image.serialize();
    const DeliveryReport report = receive(region, signedBy(made, kKeyA));
    EXPECT_EQ(report.verdict, DeliveryVerdict::Accepted) << report.detail;
    EXPECT_EQ(report.counts.count("assignment_status"), 0u) << "nothing counted for them";
    EXPECT_EQ(region.db.scalarInt("SELECT count(*) FROM assignment_status"), 0);
}

TEST(AssignmentStatuses, ARowForAnAssignmentNotKnownHereRefusesTheFile) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    track(a, "VNG", 1, "done", "Team A");
    // A dashboard where the assignment was renumbered: the file refers to VNG 9.
    a.db.exec("UPDATE assignment SET number = 9 WHERE board = 'VNG' AND number = 1");
    const DeliveryReport report = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA));
    EXPECT_EQ(report.verdict, DeliveryVerdict::Refused);
    EXPECT_EQ(report.reason, "unreadable_row");
    EXPECT_EQ(region.db.scalarInt("SELECT count(*) FROM assignment_status"), 0);
}
