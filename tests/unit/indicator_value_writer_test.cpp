// IndicatorValueWriter stores an import's values either by appending (the stored rows after the
// file's first indicator id moved aside and merged back) or in place: both must leave exactly
// the rows a plain "later value replaces earlier" would, and count the new values alike.
#include "io/indicator_value_writer.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/database.h"
#include "core/schema.h"

namespace wb::io {
namespace {

using Key = std::tuple<std::string, std::string, int64_t>;     // id, code, period
using Stored = std::pair<int64_t, std::optional<double>>;      // area year, value
using Table = std::map<Key, Stored>;

Database emptyDatabase() {
    Database db = Database::openMemory();
    migrate(db);
    for (const char* id : {"a_before", "m_file", "n_file", "z_after"}) {
        db.prepare("INSERT INTO indicator (id, name_nl, name_en, unit_nl, unit_en, source, category) "
                   "VALUES (?, ?, ?, '', '', 'test', 'imported')")
            .bind(1, id).bind(2, id).bind(3, id).run();
    }
    return db;
}

void store(Database& db, const Table& rows) {
    Statement insert = db.prepare("INSERT INTO indicator_value VALUES (?, ?, ?, ?, ?)");
    for (const auto& [key, stored] : rows) {
        insert.reset();
        insert.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, stored.first).bind(4, std::get<2>(key));
        if (stored.second) insert.bind(5, *stored.second); else insert.bind(5, nullptr);
        insert.run();
    }
}

Table tableOf(const Database& db) {
    Table rows;
    for (Statement st = db.prepare("SELECT indicator_id, area_code, period, area_year, value FROM indicator_value"); st.step();) {
        rows[{st.getText(0), st.getText(1), st.getInt(2)}] = {st.getInt(3),
                                                              st.isNull(4) ? std::nullopt : std::optional<double>(st.getDouble(4))};
    }
    return rows;
}

std::string codeOf(int area) { return "GM" + std::to_string(1000 + area); }

// The file: indicators numbered in file order (0 = n_file, 1 = m_file), areas in file order
// (area a is GM(1000 + 39 - a): the file lists them backwards), values in an order that is not
// the key order, some missing, some keys twice.
struct File {
    FileValues values;
    std::vector<std::tuple<uint32_t, uint32_t, int, std::optional<double>>> given;  // in line order
};

File makeFile(int periods) {
    File file;
    int line = 2;
    uint32_t state = 12345;
    const auto next = [&state] { return state = state * 1103515245u + 12345u; };
    for (int period = 2000; period < 2000 + periods; ++period) {
        for (uint32_t area = 0; area < 40; ++area) {
            for (uint32_t indicator = 0; indicator < 2; ++indicator) {
                std::optional<double> value;
                if (next() % 7 != 0) value = static_cast<double>(next() % 1000);
                file.given.emplace_back(indicator, area, period, value);
                file.values.add(indicator, area, period, line++, value);
            }
        }
    }
    // Some keys again, later in the file: the last value wins.
    for (int i = 0; i < 25; ++i) {
        const uint32_t indicator = next() % 2, area = next() % 40;
        const int period = 2000 + static_cast<int>(next() % static_cast<uint32_t>(periods));
        file.given.emplace_back(indicator, area, period, static_cast<double>(5000 + i));
        file.values.add(indicator, area, period, line++, static_cast<double>(5000 + i));
    }
    std::vector<uint32_t> areaRank(40);
    for (uint32_t a = 0; a < 40; ++a) areaRank[a] = 39 - a;
    file.values.order({1, 0}, areaRank);
    return file;
}

const std::vector<std::string_view> kIdOfRank = {"m_file", "n_file"};

std::vector<AreaOfValue> areasOfRank() {
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> byRank;
        for (int rank = 0; rank < 40; ++rank) byRank.push_back(codeOf(rank));
        return byRank;
    }();
    std::vector<AreaOfValue> areas;
    for (const std::string& code : codes) areas.push_back({code, 2025});
    return areas;
}

// Stored before: values before, among and after the file's indicators, some the file gives again.
Table storedBefore(int rowsAfter) {
    Table rows;
    for (int area = 0; area < 40; area += 3) {
        rows[{"a_before", codeOf(area), 2001}] = {2024, area * 1.5};
        rows[{"m_file", codeOf(area), 2001}] = {2024, std::nullopt};  // the file gives these again
        rows[{"m_file", codeOf(area), 1990}] = {2023, 7.0};           // and not these
    }
    for (int i = 0; i < rowsAfter; ++i) rows[{"z_after", codeOf(i % 40), 1900 + i / 40}] = {2022, i * 0.25};
    return rows;
}

// What the table should hold: the rows before, then each value of the file in line order.
Table expected(const Table& before, const File& file) {
    Table rows = before;
    const std::string ids[] = {"n_file", "m_file"};
    for (const auto& [indicator, area, period, value] : file.given) {
        rows[{ids[indicator], codeOf(39 - static_cast<int>(area)), period}] = {2025, value};
    }
    return rows;
}

struct Outcome {
    Table table;
    int64_t stored = 0, added = 0;
    bool appended = false;
};

Outcome run(const Table& before, const File& file, ValuePlacement placement, int steps = 0) {
    Database db = emptyDatabase();
    store(db, before);
    Transaction transaction(db);
    IndicatorValueWriter writer(db, file.values, kIdOfRank, areasOfRank(), placement);
    // Slices: a deadline already passed gives the least work per step.
    while (!writer.write(steps-- > 0 ? ImportClock::now() : ImportClock::time_point::max())) {
    }
    transaction.commit();
    return {tableOf(db), writer.stored(), writer.added(), writer.appends()};
}

TEST(IndicatorValueWriter, AppendingAndInsertingInPlaceStoreTheSameRows) {
    const File file = makeFile(10);
    const Table before = storedBefore(200);
    const Table want = expected(before, file);
    size_t newKeys = 0;
    for (const auto& [key, stored] : want) newKeys += before.count(key) == 0;
    const size_t fileKeys = file.values.summarise(0).distinct;

    for (const ValuePlacement placement : {ValuePlacement::Append, ValuePlacement::InPlace}) {
        SCOPED_TRACE(placement == ValuePlacement::Append ? "appending" : "in place");
        const Outcome outcome = run(before, file, placement, 3);
        EXPECT_EQ(outcome.appended, placement == ValuePlacement::Append);
        EXPECT_EQ(outcome.table, want);
        EXPECT_EQ(outcome.stored, static_cast<int64_t>(fileKeys));
        EXPECT_EQ(outcome.added, static_cast<int64_t>(newKeys));
    }
    EXPECT_EQ(fileKeys, 800u);  // 2 indicators x 40 areas x 10 periods; the repeats add no key
    EXPECT_GT(fileKeys - newKeys, 0u);  // some replaced a stored value
}

TEST(IndicatorValueWriter, MovesTheTailAsideOnlyWhenItIsSmallAgainstTheFile) {
    const File file = makeFile(10);  // 800 keys
    EXPECT_TRUE(run(storedBefore(100), file, ValuePlacement::Choose).appended);
    const Outcome inPlace = run(storedBefore(400), file, ValuePlacement::Choose);
    EXPECT_FALSE(inPlace.appended);
    EXPECT_EQ(inPlace.table, expected(storedBefore(400), file));
}

}  // namespace
}  // namespace wb::io
