#include <gtest/gtest.h>

#include "core/schema.h"
#include "core/untrusted_database.h"

using namespace wb;

namespace {

std::vector<uint8_t> validImage() {
    Database db = Database::openMemory();
    migrate(db);
    db.exec("INSERT INTO area (code, year, level, name) VALUES ('GM0014', 2025, 'municipality', 'Groningen')");
    return db.serialize();
}

std::string openError(const std::vector<uint8_t>& bytes) {
    try {
        openUntrustedDatabase(bytes.data(), bytes.size());
    } catch (const DatabaseError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(UntrustedDatabase, OpensAndMigratesAValidFile) {
    const auto bytes = validImage();
    Database db = openUntrustedDatabase(bytes.data(), bytes.size());
    EXPECT_EQ(db.scalarText("SELECT name FROM areas"), "Groningen");
}

TEST(UntrustedDatabase, TakesOverAnImageWithTheSameChecks) {
    // The page's start database arrives as a DatabaseImage that SQLite takes over (no copy).
    const auto bytes = validImage();
    Database db = openUntrustedDatabase(DatabaseImage::copyOf(bytes.data(), bytes.size()));
    EXPECT_EQ(db.scalarText("SELECT name FROM areas"), "Groningen");
    db.exec("INSERT INTO area (code, year, level, name) VALUES ('GM0034', 2025, 'municipality', 'Almere')");
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM area"), 2);  // the image grows as SQLite needs

    const std::vector<uint8_t> hello{'h', 'e', 'l', 'l', 'o'};
    try {
        openUntrustedDatabase(DatabaseImage::copyOf(hello.data(), hello.size()));
        ADD_FAILURE() << "an image that is not SQLite was opened";
    } catch (const DatabaseError& e) {
        EXPECT_STREQ(e.what(), "not an SQLite database file");
    }
    auto damaged = validImage();
    damaged.resize(600);
    EXPECT_THROW(openUntrustedDatabase(DatabaseImage::copyOf(damaged.data(), damaged.size())), DatabaseError);
}

TEST(UntrustedDatabase, RefusesWhatIsNotAWeerbaarDatabase) {
    EXPECT_EQ(openError({'h', 'e', 'l', 'l', 'o'}), "not an SQLite database file");
    Database other = Database::openMemory();
    other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    EXPECT_EQ(openError(other.serialize()), "not a Weerbaar database (no area table or no schema version)");
    Database future = Database::openMemory();
    migrate(future);
    future.exec("PRAGMA user_version = 99");
    EXPECT_NE(openError(future.serialize()).find("newer than this dashboard understands"), std::string::npos);
}

TEST(UntrustedDatabase, RefusesADamagedFile) {
    auto bytes = validImage();
    // Overwrite the area table's root page with garbage (a page in use: garbage on a free page
    // is not damage).
    Database reference = Database::openMemory();
    migrate(reference);
    const auto root = static_cast<size_t>(reference.scalarInt("SELECT rootpage FROM sqlite_master WHERE name = 'area'"));
    const auto pageSize = static_cast<size_t>(reference.scalarInt("PRAGMA page_size"));
    ASSERT_LE(root * pageSize, bytes.size());
    for (size_t i = (root - 1) * pageSize; i < root * pageSize; ++i) bytes[i] = 0xA5;
    const std::string error = openError(bytes);
    EXPECT_FALSE(error.empty());
    const auto whole = validImage();
    const auto truncated = std::vector<uint8_t>(whole.begin(), whole.begin() + 600);
    EXPECT_FALSE(openError(truncated).empty());
}

#include "io/file_import.h"
#include "io/import_error.h"

TEST(FileImport, ASqliteFileReplacesTheDatabaseOnlyWhenValid) {
    Database db = Database::openMemory();
    migrate(db);
    const auto image = validImage();
    const std::string_view bytes(reinterpret_cast<const char*>(image.data()), image.size());
    const io::ImportResult r = io::importFile(db, "export.sqlite", bytes, {});
    EXPECT_TRUE(r.replacedDatabase);
    EXPECT_EQ(r.rows, 1);
    EXPECT_EQ(db.scalarText("SELECT name FROM areas"), "Groningen");

    auto damaged = image;
    damaged.resize(700);
    EXPECT_THROW(io::importFile(db, "damaged.sqlite", std::string_view(reinterpret_cast<const char*>(damaged.data()),
                                                                         damaged.size()), {}),
                 io::ImportError);
    EXPECT_EQ(db.scalarText("SELECT name FROM areas"), "Groningen");  // untouched
}
