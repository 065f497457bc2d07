#include "core/transport_indexes.h"

#include <string>
#include <vector>

namespace wb {

void deferIndexes(Database& db) {
    Transaction tx(db);
    db.exec("CREATE TABLE deferred_index (name TEXT PRIMARY KEY, sql TEXT NOT NULL)");
    // sql IS NULL: the automatic indexes of PRIMARY KEY and UNIQUE, which belong to their table.
    db.exec("INSERT INTO deferred_index SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL");
    std::vector<std::string> names;
    {
        auto list = db.prepare("SELECT name FROM deferred_index ORDER BY name");
        while (list.step()) names.push_back(list.getText(0));
    }  // finished before the schema changes
    for (const auto& name : names) db.exec("DROP INDEX \"" + name + "\"");
    tx.commit();
}

int restoreDeferredIndexes(Database& db) {
    if (db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'deferred_index'") == 0)
        return 0;
    Transaction tx(db);
    std::vector<std::string> statements;
    {
        auto list = db.prepare("SELECT sql FROM deferred_index ORDER BY name");
        while (list.step()) statements.push_back(list.getText(0));
    }  // finished before the schema changes
    for (const auto& sql : statements) db.exec(sql);
    db.exec("DROP TABLE deferred_index");
    tx.commit();
    return static_cast<int>(statements.size());
}

}  // namespace wb
