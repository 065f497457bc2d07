// A dropped CSV that gives values twice is not simply refused: the column-mapping dialog opens
// with the reason, shows how the values will be read, and "laatste waarde telt" imports it.
#include <gtest/gtest.h>

#include "app_test_support.h"
#include "views/app_state.h"
#include "views/import_queue.h"
#include "views/strings.h"

using namespace wb;

namespace {

const std::string kRepeats = "gemeentecode;jaar;score\nGM0014;2024;1.500\nGM0034;2024;2,5\nGM0014;2024;3\n";

void runImports(AppState& app) {
    while (app.imports.busy() && !app.imports.mapping) advanceImports(app, io::ImportClock::time_point::max());
}

}  // namespace

TEST(ImportQueueRepeats, ADroppedFileWithRepeatsOpensTheMappingDialogAndTheLastValueWins) {
    ui::setLanguage(Language::Dutch);
    AppState app;
    test::openDefaultData(app);
    queueImport(app, {"dubbel.csv", kRepeats, {}, 7, true});
    runImports(app);
    ASSERT_TRUE(app.imports.mapping.has_value());
    EXPECT_EQ(app.imports.mapping->problem,
              "1 values repeat the area, indicator and period of an earlier line: line 4 repeats line 2; choose "
              "\"last value wins\" to keep the last ones");
    EXPECT_EQ(valuesReadAs(*app.imports.mapping, 2), "1.500 \xC2\xB7 2,5 \xC2\xB7 3");  // in Dutch: 1500, 2.5, 3
    EXPECT_EQ(valuesReadAs(*app.imports.mapping, 0), "");
    EXPECT_EQ(app.db.scalarInt("SELECT count(*) FROM indicator_value WHERE indicator_id = 'score'"), 0);

    app.imports.mapping->lastValueWins = true;
    acceptColumnMapping(app);
    runImports(app);
    ASSERT_EQ(app.imports.finished.size(), 1u);
    EXPECT_TRUE(app.imports.finished[0].ok) << app.imports.finished[0].message;
    EXPECT_EQ(app.imports.finished[0].result.rows, 2);
    EXPECT_EQ(app.db.scalarInt("SELECT value FROM indicator_value WHERE indicator_id = 'score' AND area_code = 'GM0014'"), 3);
}

TEST(ImportQueueRepeats, AScriptGetsTheRefusal) {
    AppState app;
    test::openDefaultData(app);
    queueImport(app, {"dubbel.csv", kRepeats, {}, 8, false});
    runImports(app);
    EXPECT_FALSE(app.imports.mapping.has_value());
    ASSERT_EQ(app.imports.finished.size(), 1u);
    EXPECT_FALSE(app.imports.finished[0].ok);
    EXPECT_EQ(app.imports.finished[0].message.rfind("dubbel.csv: 1 values repeat", 0), 0u) << app.imports.finished[0].message;
}
