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
    // The virtual-table indexes, emptied here and filled from their tables on arrival. The R*Tree
    // is filled only with facilities it does not have yet, so a facility added (its trigger fills
    // the R*Tree) before the restore is not added twice; 'rebuild' reads all of `practice`.
    struct Derived {
        const char* table;
        const char* empty;
        const char* fill;
    };
    static constexpr Derived kDerived[] = {
        {"facility_rtree", "DELETE FROM facility_rtree",
         "INSERT INTO facility_rtree SELECT id, lon, lon, lat, lat FROM facility "
         "WHERE id NOT IN (SELECT id FROM facility_rtree)"},
        {"practice_fts", "INSERT INTO practice_fts(practice_fts) VALUES ('delete-all')",
         "INSERT INTO practice_fts(practice_fts) VALUES ('rebuild')"},
    };
    auto exists = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
    auto keep = db.prepare("INSERT INTO deferred_index (name, sql) VALUES (?, ?)");
    for (const auto& d : kDerived) {
        exists.bind(1, d.table);
        const bool present = exists.step() && exists.getInt(0) > 0;
        exists.reset();
        if (!present) continue;
        db.exec(d.empty);
        keep.bind(1, d.table).bind(2, d.fill);
        keep.run();
    }
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
