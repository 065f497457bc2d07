#include <gtest/gtest.h>

#include "test_support.h"

#include "core/meta.h"
#include "core/schema.h"

using namespace wb;

TEST(Meta, TheDefaultDatabaseSaysItHoldsExampleContentInBothLanguages) {
    const Database db = test::openDefaultDatabase();
    EXPECT_TRUE(hasExampleContent(db));
    EXPECT_EQ(exampleContentNotice(db, Language::Dutch).rfind("Fictieve voorbeeldgegevens", 0), 0u);
    EXPECT_EQ(exampleContentNotice(db, Language::English).rfind("Fictitious example data", 0), 0u);
}

TEST(Meta, AnEmptyDatabaseHoldsNoExampleContent) {
    Database db = Database::openMemory();
    migrate(db);
    EXPECT_FALSE(hasExampleContent(db));
    EXPECT_EQ(exampleContentNotice(db, Language::Dutch), "");
    EXPECT_EQ(metaValue(db, "example_content"), std::nullopt);
    db.exec("INSERT INTO meta (key, value) VALUES ('example_content', '0')");
    EXPECT_FALSE(hasExampleContent(db));
}
