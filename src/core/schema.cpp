#include "core/schema.h"

#include <string>
#include <vector>

namespace wb {
namespace {

// Migration N (1-based) takes a database from version N-1 to N. Never edit a migration that has
// shipped: add a new one.
const std::vector<const char*>& migrations() {
    static const std::vector<const char*> list = {
        // 1: areas at every level and indicators in long format.
        R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- One row per area and year of the area division (municipal boundaries change almost
        -- every year, so a code alone is not a key).
        CREATE TABLE area (
            code         TEXT    NOT NULL,
            year         INTEGER NOT NULL,
            level        TEXT    NOT NULL CHECK (level IN ('country', 'province', 'safety_region',
                                                           'municipality', 'district', 'neighbourhood')),
            name         TEXT    NOT NULL,
            parent_code  TEXT,
            centroid_lon REAL,
            centroid_lat REAL,
            PRIMARY KEY (code, year)
        ) WITHOUT ROWID;
        CREATE INDEX area_by_level ON area(level, year);
        CREATE INDEX area_by_parent ON area(parent_code, year);

        -- The stable view outside tests use.
        CREATE VIEW areas AS SELECT code, name, level, parent_code, year FROM area;

        CREATE TABLE indicator (
            id          TEXT PRIMARY KEY,
            name_nl     TEXT NOT NULL,
            name_en     TEXT NOT NULL,
            unit_nl     TEXT NOT NULL,
            unit_en     TEXT NOT NULL,
            source      TEXT NOT NULL,
            -- counts of people are suppressed below the threshold when shown (privacy)
            is_count_of_people INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE indicator_value (
            indicator_id TEXT    NOT NULL REFERENCES indicator(id),
            area_code    TEXT    NOT NULL,
            area_year    INTEGER NOT NULL,
            period       INTEGER NOT NULL,
            value        REAL,
            PRIMARY KEY (indicator_id, area_code, period)
        ) WITHOUT ROWID;
        )sql",
    };
    return list;
}

}  // namespace

int currentSchemaVersion() { return static_cast<int>(migrations().size()); }

void migrate(Database& db) {
    const int have = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    const int want = currentSchemaVersion();
    if (have > want) {
        throw DatabaseError("the database has schema version " + std::to_string(have) +
                            ", newer than this dashboard understands (" + std::to_string(want) + ")");
    }
    for (int version = have + 1; version <= want; ++version) {
        Transaction tx(db);
        db.exec(migrations()[version - 1]);
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

}  // namespace wb
