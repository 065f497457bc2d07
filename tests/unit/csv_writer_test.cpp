#include <gtest/gtest.h>

#include "core/schema.h"
#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/import_error.h"

using namespace wb;
using namespace wb::io;

TEST(CsvWriter, QuotesWhatNeedsQuotingAndUsesDutchConventions) {
    CsvWriter csv(CsvStyle::forLanguage(Language::Dutch));
    csv.field("Bergen (NH.)");
    csv.field("a;b");
    csv.field("say \"hi\"");
    csv.number(1234.5);
    csv.number(3.0);
    csv.empty();
    csv.endRow();
    EXPECT_EQ(csv.text(), "\xEF\xBB\xBF" "Bergen (NH.);\"a;b\";\"say \"\"hi\"\"\";1234,5;3;\r\n");
}

TEST(CsvWriter, TablesRoundTripThroughTheReader) {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO area (code, year, level, name, centroid_lon) VALUES "
            "('GM0014', 2025, 'municipality', 'Groningen', 6.5), ('GM0080', 2025, 'municipality', 'Leeuwarden, \"L\"', NULL)");
    const std::string text = tableToCsv(db, "areas", CsvStyle::forLanguage(Language::English));
    CsvReader reader(text);
    std::vector<std::string_view> f;
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(f[0], "code");
    ASSERT_TRUE(reader.next(f));
    ASSERT_TRUE(reader.next(f));
    EXPECT_EQ(f[1], "Leeuwarden, \"L\"");
    EXPECT_THROW(tableToCsv(db, "nope\"; DROP TABLE area; --", CsvStyle{}), ImportError);
}
