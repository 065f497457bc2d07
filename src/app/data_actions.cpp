#include "app/data_actions.h"

#include "app/embedded_data.h"
#include "core/schema.h"
#include "io/file_import.h"
#include "io/import_error.h"
#include "ui/strings.h"

namespace wb {

Database openDefaultDatabase() {
    Database db = Database::fromBytes(default_database, default_database_size);
    migrate(db);
    return db;
}

ImportOutcome importIntoApp(AppState& app, const std::string& name, std::string_view bytes, int defaultPeriod) {
    ImportOutcome outcome;
    try {
        io::ImportOptions options;
        options.defaultPeriod = defaultPeriod;
        outcome.result = io::importFile(app.db, name, bytes, options);
        outcome.ok = true;
        outcome.message = name + ": " + outcome.result.message;
        if (outcome.result.replacedDatabase) app.open(std::move(app.db));
        app.dataChanged();
        app.notify(std::string(ui::tr(ui::Text::NoticeImported)) + ": " + outcome.message, false);
    } catch (const io::ImportError& e) {
        outcome.message = name + (e.where().empty() ? ": " : ", ") + e.what();
    } catch (const std::exception& e) {
        outcome.message = name + ": " + e.what();
    }
    if (!outcome.ok) app.notify(std::string(ui::tr(ui::Text::NoticeImportFailed)) + ": " + outcome.message, true);
    return outcome;
}

}  // namespace wb
