// The reporting chain natively: making an exchange file, its manifest and hash checks, and the
// merge rules (union of history, idempotence, ordering, conflicts, removals, trust).
#include <gtest/gtest.h>

#include <string>

#include "exchange_test_support.h"
#include "test_support.h"

#include "core/area_directory.h"
#include "core/areas.h"
#include "core/checklist.h"
#include "core/costs.h"
#include "core/delivery_status.h"
#include "core/exchange_merge.h"
#include "io/exchange_delivery.h"
#include "io/exchange_file.h"

using namespace wb;
using namespace wb::io;
using namespace wb::test;

namespace {

int64_t measureOf(const Database& db, const std::string& code) {
    const auto list = applicableList(db, AreaLevel::Municipality);
    for (const Measure& m : listMeasures(db, list->id)) {
        if (m.fields.code == code) return m.id;
    }
    return 0;
}

void setStatus(Copy& copy, const std::string& area, const std::string& measureCode, MeasureStatus status,
               const std::string& date) {
    StatusChange change;
    change.status = status;
    change.statusDate = date;
    change.owner = "Eigenaar";
    change.changedBy = "test";
    setMeasureStatus(copy.db, area, measureOf(copy.db, measureCode), change);
}

MeasureStatus currentStatus(const Copy& copy, const std::string& area, const std::string& measureCode) {
    for (const ChecklistItem& item : areaChecklist(copy.db, area, "2030-01-01").items) {
        if (item.measure.fields.code == measureCode) return item.current.status;
    }
    ADD_FAILURE() << "no measure " << measureCode;
    return MeasureStatus::NotStarted;
}

int64_t count(const Database& db, const std::string& sql) { return db.scalarInt(sql); }

// Rewrites one record's content inside an image, as someone editing the file by hand would.
std::vector<uint8_t> tampered(const std::vector<uint8_t>& image, const std::string& sql) {
    Database db = Database::fromBytes(image.data(), image.size());
    db.exec(sql);
    return db.serialize();
}

}  // namespace

TEST(ExchangeFile, CarriesTheOwnAreaWithAManifestThatChecksOut) {
    Copy gm("GM0503");  // Delft
    setStatus(gm, "GM0503", "G01", MeasureStatus::Done, "2026-03-01");
    const MadeExchange made = makeExchange(gm.db, gm.areas, kAsOf, "2026-03-31T10:00:00Z");
    EXPECT_EQ(made.manifest.seq, 1);
    EXPECT_EQ(made.trustedComment, "weerbaar-exchange-v1;source=GM0503;seq=1;peildatum=2026-03-31");
    EXPECT_EQ(made.fileName, "voortgang-GM0503-2026-03-31-1.sqlite");
    const ExchangeFile file = readExchangeFile(made.image.data(), made.image.size());
    EXPECT_EQ(file.manifest.senderRegion, kRegion);
    EXPECT_EQ(file.manifest.senderLevel, "municipality");
    EXPECT_GE(file.manifest.counts.at("measure_status"), 1);
    EXPECT_EQ(file.manifest.counts.at("action_list"), 1);  // the list the statuses refer to
    for (const ExchangeRecord& r : file.records) {
        EXPECT_TRUE(r.kind == "action_list" || ownsArea(gm.areas, "GM0503", r.areaCode)) << r.kind << " " << r.areaCode;
    }
    // The next file gets the next number.
    EXPECT_EQ(makeExchange(gm.db, gm.areas, kAsOf, "2026-03-31T11:00:00Z").manifest.seq, 2);
}

TEST(ExchangeFile, RefusesChangedRowsWrongCountsAndNewerFormats) {
    Copy gm("GM0503");
    setStatus(gm, "GM0503", "G01", MeasureStatus::Done, "2026-03-01");
    const MadeExchange made = makeExchange(gm.db, gm.areas, kAsOf, "2026-03-31T10:00:00Z");
    const auto problemOf = [](const std::vector<uint8_t>& image) {
        try {
            readExchangeFile(image.data(), image.size());
        } catch (const ExchangeFileError& e) {
            return e.problem();
        }
        return ExchangeFileProblem::NotAnExchangeFile;  // read fine: the caller's expectation fails
    };
    EXPECT_EQ(problemOf(tampered(made.image, "UPDATE record SET content = replace(content, '\"done\"', '\"in_progress\"') "
                                             "WHERE kind = 'measure_status'")),
              ExchangeFileProblem::HashMismatch);
    EXPECT_EQ(problemOf(tampered(made.image, "DELETE FROM record WHERE kind = 'action_list'")),
              ExchangeFileProblem::CountMismatch);
    EXPECT_EQ(problemOf(tampered(made.image, "UPDATE manifest SET value = '2' WHERE key = 'format_version'")),
              ExchangeFileProblem::NewerFormat);
    EXPECT_EQ(problemOf(tampered(made.image, "DROP TABLE record; CREATE VIEW record AS SELECT 1 AS kind")),
              ExchangeFileProblem::Malformed);
    const std::vector<uint8_t> notSqlite(4096, 'x');
    EXPECT_EQ(problemOf(notSqlite), ExchangeFileProblem::Damaged);
    Copy plain("GM0503");
    const std::vector<uint8_t> database = plain.db.serialize();
    EXPECT_EQ(problemOf(database), ExchangeFileProblem::NotAnExchangeFile);
    EXPECT_FALSE(isExchangeImage(database.data(), database.size()));
    EXPECT_TRUE(isExchangeImage(made.image.data(), made.image.size()));
}

TEST(ExchangeMerge, ARegionTakesInItsMunicipalitiesWithoutLosingOrDoublingAnything) {
    Copy region(kRegion);
    const std::vector<std::string> gms = municipalitiesOf(region, kRegion);
    ASSERT_GE(gms.size(), 2u);
    Copy a(gms[0]), b(gms[1]);
    setStatus(a, gms[0], "G01", MeasureStatus::Done, "2026-03-01");
    setStatus(a, gms[0], "G02", MeasureStatus::InProgress, "2026-03-02");
    setStatus(b, gms[1], "G01", MeasureStatus::InProgress, "2026-03-03");
    setCostEstimate(b.db, b.areas, measureOf(b.db, "G01"), gms[1], 2026, {1000, 250});
    pinSenderKey(region.db, gms[0], "A", kKeyA, "fp");
    pinSenderKey(region.db, gms[1], "B", kKeyB, "fp");
    const int64_t before = count(region.db, "SELECT count(*) FROM measure_status");

    const MadeExchange fromA = makeExchange(a.db, a.areas, kAsOf, "t1");
    const MadeExchange fromB = makeExchange(b.db, b.areas, kAsOf, "t1");
    const DeliveryReport ra = receive(region, signedBy(fromA, kKeyA));
    const DeliveryReport rb = receive(region, signedBy(fromB, kKeyB));
    ASSERT_EQ(ra.verdict, DeliveryVerdict::Accepted) << ra.detail;
    ASSERT_EQ(rb.verdict, DeliveryVerdict::Accepted) << rb.detail;
    EXPECT_EQ(ra.counts.at("measure_status").added, 2);
    EXPECT_EQ(rb.counts.at("measure_status").added, 1);
    EXPECT_EQ(rb.counts.at("cost").added + rb.counts.at("cost").updated, 1);
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM measure_status"), before + 3);
    EXPECT_EQ(currentStatus(region, gms[0], "G01"), MeasureStatus::Done);
    EXPECT_EQ(currentStatus(region, gms[1], "G01"), MeasureStatus::InProgress);
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM cost WHERE area_code = '" + gms[1] +
                                   "' AND year = 2026 AND one_off_eur = 1000 AND yearly_eur = 250"),
              1);
    // Every row read is accounted for.
    for (const auto& [report, made] : {std::pair{&ra, &fromA}, std::pair{&rb, &fromB}}) {
        int total = 0;
        for (const auto& [kind, c] : report->counts) total += c.total();
        EXPECT_EQ(static_cast<size_t>(total), readExchangeFile(made->image.data(), made->image.size()).records.size());
    }

    const DeliveryOverview overview = deliveryOverview(region.db, region.areas, kRegion, kAsOf);
    EXPECT_EQ(overview.expected, static_cast<int>(gms.size()));
    EXPECT_EQ(overview.delivered, 2);
    EXPECT_EQ(overview.current, 2);
    EXPECT_EQ(overview.newestPeildatum, kAsOf);
}

TEST(ExchangeMerge, TheSameFileTwiceOrAnOlderFileChangesNothing) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    setStatus(a, gm, "G01", MeasureStatus::InProgress, "2026-01-10");
    setCostEstimate(a.db, a.areas, measureOf(a.db, "G01"), gm, 2026, {500, 0});
    const IncomingFile first = signedBy(makeExchange(a.db, a.areas, "2026-01-31", "t1"), kKeyA);
    setStatus(a, gm, "G01", MeasureStatus::Done, "2026-03-10");
    setCostEstimate(a.db, a.areas, measureOf(a.db, "G01"), gm, 2026, {800, 0});
    const IncomingFile second = signedBy(makeExchange(a.db, a.areas, kAsOf, "t2"), kKeyA);

    ASSERT_EQ(receive(region, second).verdict, DeliveryVerdict::Accepted);
    const std::vector<uint8_t> after = region.db.serialize();
    const int64_t statuses = count(region.db, "SELECT count(*) FROM measure_status");
    const int64_t deliveries = count(region.db, "SELECT count(*) FROM exchange_delivery");

    const DeliveryReport again = receive(region, second);
    EXPECT_EQ(again.verdict, DeliveryVerdict::Duplicate);
    EXPECT_EQ(again.counts.at("measure_status").unchanged, again.counts.at("measure_status").total());
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM exchange_delivery"), deliveries);

    const DeliveryReport older = receive(region, first);
    EXPECT_EQ(older.verdict, DeliveryVerdict::Older);
    EXPECT_EQ(currentStatus(region, gm, "G01"), MeasureStatus::Done);
    EXPECT_EQ(count(region.db, "SELECT one_off_eur FROM cost WHERE area_code = '" + gm + "' AND year = 2026 AND measure_id = " +
                                   std::to_string(measureOf(region.db, "G01"))),
              800);
    // Its history was already in the newer file: the union adds nothing.
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM measure_status"), statuses);
    EXPECT_EQ(older.counts.at("cost").history, 1);
    const DeliveryOverview overview = deliveryOverview(region.db, region.areas, kRegion, kAsOf);
    for (const AreaDelivery& row : overview.rows) {
        if (row.code == gm) EXPECT_EQ(row.seq, 2);  // the newest stays the one that counts
    }
}

TEST(ExchangeMerge, AStatusTheRegionSetItselfConflictsAndTheChoiceDecidesWhatCounts) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    const size_t historyBefore = statusHistory(region.db, gm, measureOf(region.db, "G05")).size();
    setStatus(region, gm, "G05", MeasureStatus::Done, "2026-03-20");  // the region's own edit
    setStatus(a, gm, "G05", MeasureStatus::InProgress, "2026-03-10");  // what the municipality says
    const DeliveryReport report = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA));
    ASSERT_EQ(report.verdict, DeliveryVerdict::Accepted);
    EXPECT_EQ(report.counts.at("measure_status").conflicts, 1);
    std::vector<ExchangeConflict> open = openConflicts(region.db);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_NE(open[0].localContent.find("\"done\""), std::string::npos);
    EXPECT_NE(open[0].receivedContent.find("\"in_progress\""), std::string::npos);
    EXPECT_EQ(currentStatus(region, gm, "G05"), MeasureStatus::Done);  // unresolved: the dates decide

    resolveConflict(region.db, open[0].id, ConflictChoice::Received);
    EXPECT_EQ(currentStatus(region, gm, "G05"), MeasureStatus::InProgress);
    EXPECT_TRUE(openConflicts(region.db).empty());
    // Both versions stay in the history.
    EXPECT_EQ(statusHistory(region.db, gm, measureOf(region.db, "G05")).size(), historyBefore + 2);
    EXPECT_THROW(resolveConflict(region.db, open[0].id, ConflictChoice::Local), std::invalid_argument);
}

TEST(ExchangeMerge, RowsChangedOnBothSidesConflictRowsChangedOnOneSideMerge) {
    Copy region(kRegion);
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    pinSenderKey(region.db, gm, "A", kKeyA, "fp");
    const int64_t g01 = measureOf(a.db, "G01"), g02 = measureOf(a.db, "G02");
    setCostEstimate(a.db, a.areas, g01, gm, 2026, {100, 0});
    setCostEstimate(a.db, a.areas, g02, gm, 2026, {200, 0});
    ASSERT_EQ(receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA)).verdict, DeliveryVerdict::Accepted);

    setCostEstimate(region.db, region.areas, g01, gm, 2026, {111, 0});  // edited here only
    setCostEstimate(a.db, a.areas, g02, gm, 2026, {222, 0});            // edited there only
    DeliveryReport r = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t2"), kKeyA));
    EXPECT_EQ(r.counts.at("cost").updated, 1);
    EXPECT_EQ(r.counts.at("cost").conflicts, 0);
    const auto amount = [&](int64_t measure) {
        Statement st = region.db.prepare("SELECT one_off_eur FROM cost WHERE measure_id = ? AND area_code = ? AND year = 2026");
        st.bind(1, measure).bind(2, gm);
        return st.step() ? st.getDouble(0) : -1.0;
    };
    EXPECT_EQ(amount(g01), 111);  // the edit made here stands
    EXPECT_EQ(amount(g02), 222);

    setCostEstimate(a.db, a.areas, g01, gm, 2026, {150, 0});  // now edited on both sides
    r = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t3"), kKeyA));
    EXPECT_EQ(r.counts.at("cost").conflicts, 1);
    EXPECT_EQ(amount(g01), 111);
    ASSERT_EQ(resolveAllConflicts(region.db, gm, ConflictChoice::Received), 1);
    EXPECT_EQ(amount(g01), 150);

    setCostEstimate(a.db, a.areas, g02, gm, 2026, {0, 0});  // removed there
    r = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t4"), kKeyA));
    EXPECT_EQ(r.counts.at("cost").removed, 1);
    EXPECT_EQ(amount(g02), -1.0);
}

TEST(ExchangeTrust, UnknownAndChangedKeysAreHeldBadFilesRefusedAndNothingMerges) {
    Copy region(kRegion);
    const std::vector<std::string> gms = municipalitiesOf(region, kRegion);
    Copy a(gms[0]);
    setStatus(a, gms[0], "G01", MeasureStatus::Done, "2026-03-01");
    const MadeExchange made = makeExchange(a.db, a.areas, kAsOf, "t1");
    const int64_t statuses = count(region.db, "SELECT count(*) FROM measure_status");

    DeliveryReport r = receive(region, signedBy(made, kKeyA));
    EXPECT_EQ(r.verdict, DeliveryVerdict::Held);
    EXPECT_EQ(r.reason, "unknown_key");
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM measure_status"), statuses);

    IncomingFile unsignedFile = signedBy(made, kKeyA);
    unsignedFile.signature = {};
    EXPECT_EQ(receive(region, unsignedFile).reason, "unsigned");
    IncomingFile forged = signedBy(made, kKeyA);
    forged.signature.trustedComment = "weerbaar-exchange-v1;source=" + gms[1] + ";seq=1;peildatum=2026-03-31";
    EXPECT_EQ(receive(region, forged).reason, "signed_for_other");
    pinSenderKey(region.db, gms[1], "B", kKeyB, "fp");
    EXPECT_EQ(receive(region, signedBy(made, kKeyB)).reason, "key_of_other_area");
    // A municipality's file with a row about its neighbour.
    IncomingFile trespass = signedBy(made, kKeyA);
    trespass.image = tampered(made.image, "UPDATE record SET area_code = '" + gms[1] + "' WHERE kind = 'measure_status'");
    {
        ExchangeFile f = readExchangeFile(made.image.data(), made.image.size());
        for (ExchangeRecord& rec : f.records) {
            if (rec.kind == "measure_status") rec.areaCode = gms[1];
        }
        trespass.image = writeExchangeFile(f);
    }
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM measure_status"), statuses);

    const DeliveryReport accepted = [&] {
        Transaction tx(region.db);
        DeliveryReport out = acceptHeldDelivery(region.db, region.areas, r.heldId);
        tx.commit();
        return out;
    }();
    EXPECT_EQ(accepted.verdict, DeliveryVerdict::Accepted) << accepted.detail;
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM exchange_sender WHERE source_code = '" + gms[0] + "'"), 1);
    EXPECT_EQ(count(region.db, "SELECT count(*) FROM measure_status"), statuses + 1);
    EXPECT_EQ(receive(region, trespass).reason, "integrity");  // now trusted, but rows of another area

    // The same sender with another key: held until someone re-pins.
    const DeliveryReport changed = receive(region, signedBy(makeExchange(a.db, a.areas, kAsOf, "t2"), "RWQotherkey"));
    EXPECT_EQ(changed.verdict, DeliveryVerdict::Held);
    EXPECT_EQ(changed.reason, "changed_key");
    const DeliveryOverview overview = deliveryOverview(region.db, region.areas, kRegion, kAsOf);
    for (const AreaDelivery& row : overview.rows) {
        if (row.code == gms[0]) {
            EXPECT_EQ(row.state, DeliveryState::Held);
            EXPECT_TRUE(row.hasAccepted);
        }
    }
}

TEST(ExchangeChain, ARegionPassesItsMunicipalitiesFilesOnUnchangedWithTheKeysItTrusts) {
    Copy region(kRegion), country("NL01");
    const std::string gm = municipalitiesOf(region, kRegion)[0];
    Copy a(gm);
    setStatus(a, gm, "G01", MeasureStatus::Done, "2026-03-01");
    const IncomingFile fromA = signedBy(makeExchange(a.db, a.areas, kAsOf, "t1"), kKeyA);
    pinSenderKey(region.db, gm, "A", kKeyA, "fpA");
    ASSERT_EQ(receive(region, fromA).verdict, DeliveryVerdict::Accepted);

    const MadeExchange regional = makeExchange(region.db, region.areas, kAsOf, "t2");
    const ExchangeFile parsed = readExchangeFile(regional.image.data(), regional.image.size());
    ASSERT_EQ(parsed.forwarded.size(), 1u);
    EXPECT_EQ(parsed.forwarded[0].file, fromA.signedFile);  // byte for byte
    ASSERT_EQ(parsed.senderKeys.size(), 1u);
    EXPECT_EQ(parsed.senderKeys[0].publicKey, kKeyA);

    pinSenderKey(country.db, kRegion, "Haaglanden", "RWQregion", "fpR");
    const DeliveryReport top = receive(country, signedBy(regional, "RWQregion"));
    ASSERT_EQ(top.verdict, DeliveryVerdict::Accepted) << top.detail;
    ASSERT_EQ(top.forwarded.size(), 1u);
    // The browser checks the inner signature, then hands the inner file over with the region's keys.
    IncomingFile inner = fromA;
    inner.viaCode = kRegion;
    inner.vouchedKeys = top.senderKeys;
    const DeliveryReport nested = receive(country, inner);
    EXPECT_EQ(nested.verdict, DeliveryVerdict::Accepted) << nested.detail;
    EXPECT_EQ(currentStatus(country, gm, "G01"), MeasureStatus::Done);
    EXPECT_EQ(count(country.db, "SELECT count(*) FROM exchange_sender WHERE source_code = '" + gm + "' AND via_code = 'VR15'"), 1);
    // A key the region did not vouch for is not trusted through it.
    Copy other("NL01");
    pinSenderKey(other.db, kRegion, "Haaglanden", "RWQregion", "fpR");
    IncomingFile unvouched = fromA;
    unvouched.viaCode = kRegion;
    EXPECT_EQ(receive(other, unvouched).verdict, DeliveryVerdict::Held);

    const DeliveryOverview national = deliveryOverview(country.db, country.areas, "NL01", kAsOf);
    EXPECT_EQ(national.expected, 342);
    EXPECT_EQ(national.delivered, 1);
    int regionsDelivered = 0;
    for (const AreaDelivery& row : national.rows) regionsDelivered += row.level == "safety_region" && row.hasAccepted;
    EXPECT_EQ(regionsDelivered, 1);
}
