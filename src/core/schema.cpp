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

        // 2: the whole mission: boundaries, facilities and resilience points, baseline action
        // lists with status history, national assignments, threat scenarios, social networks,
        // good practices (FTS5), costs and budgets, report snapshots, import log.
        R"sql(
        -- Boundaries as GeoJSON geometry (WGS84) with a bounding box for quick culling.
        ALTER TABLE area ADD COLUMN geometry TEXT;
        ALTER TABLE area ADD COLUMN min_lon REAL;
        ALTER TABLE area ADD COLUMN min_lat REAL;
        ALTER TABLE area ADD COLUMN max_lon REAL;
        ALTER TABLE area ADD COLUMN max_lat REAL;

        ALTER TABLE indicator ADD COLUMN category TEXT NOT NULL DEFAULT 'general';
        ALTER TABLE indicator ADD COLUMN description TEXT NOT NULL DEFAULT '';
        ALTER TABLE indicator ADD COLUMN is_example INTEGER NOT NULL DEFAULT 0;

        -- Vulnerable objects, resilience points, fire stations and other locations.
        CREATE TABLE facility (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('vulnerable_object', 'resilience_point', 'fire_station',
                                                      'other')),
            category    TEXT NOT NULL,     -- e.g. hospital, nursing_home, primary_school, childcare
            name        TEXT NOT NULL,
            lon         REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
            lat         REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
            area_code   TEXT,
            area_year   INTEGER,
            capacity    INTEGER,
            source      TEXT NOT NULL DEFAULT '',
            is_example  INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX facility_by_kind ON facility(kind, category);
        CREATE INDEX facility_by_area ON facility(area_code, area_year);
        CREATE VIRTUAL TABLE facility_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
        CREATE TRIGGER facility_rtree_insert AFTER INSERT ON facility BEGIN
            INSERT INTO facility_rtree VALUES (new.id, new.lon, new.lon, new.lat, new.lat);
        END;
        CREATE TRIGGER facility_rtree_update AFTER UPDATE OF lon, lat ON facility BEGIN
            UPDATE facility_rtree SET min_lon = new.lon, max_lon = new.lon, min_lat = new.lat, max_lat = new.lat
             WHERE id = new.id;
        END;
        CREATE TRIGGER facility_rtree_delete AFTER DELETE ON facility BEGIN
            DELETE FROM facility_rtree WHERE id = old.id;
        END;

        -- A resilience point ("noodsteunpunt") is a facility with these attributes.
        CREATE TABLE resilience_point (
            facility_id        INTEGER PRIMARY KEY REFERENCES facility(id) ON DELETE CASCADE,
            point_type         TEXT NOT NULL CHECK (point_type IN ('local', 'fire_station')),
            status             TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('candidate', 'planned', 'active',
                                                                                  'inactive')),
            has_emergency_power INTEGER NOT NULL DEFAULT 0,
            autonomy_hours     REAL,          -- hours on emergency power
            staff              INTEGER,
            open_within_hours  REAL,          -- time to open after activation
            step_free_access   INTEGER NOT NULL DEFAULT 0,
            capacity_persons   INTEGER
        );
        CREATE TABLE resilience_point_function (
            facility_id INTEGER NOT NULL REFERENCES resilience_point(facility_id) ON DELETE CASCADE,
            function    TEXT NOT NULL CHECK (function IN ('information', 'drinking_water', 'food', 'medication_care',
                                                          'emergency_communication', 'warmth_charging')),
            PRIMARY KEY (facility_id, function)
        ) WITHOUT ROWID;

        -- Baseline action lists ("basisniveau / actielijst") and their measures.
        CREATE TABLE action_list (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            for_level   TEXT NOT NULL CHECK (for_level IN ('municipality', 'safety_region')),
            source      TEXT NOT NULL DEFAULT '',
            is_example  INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE measure (
            id          INTEGER PRIMARY KEY,
            list_id     INTEGER NOT NULL REFERENCES action_list(id) ON DELETE CASCADE,
            code        TEXT NOT NULL,
            phase       TEXT NOT NULL CHECK (phase IN ('cold', 'first_72h', 'after')),
            topic       TEXT NOT NULL,
            title_nl    TEXT NOT NULL,
            title_en    TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            partners    TEXT NOT NULL DEFAULT '',
            sort_order  INTEGER NOT NULL DEFAULT 0,
            UNIQUE (list_id, code)
        );
        -- Status of a measure in an area over time: every change is a new row (history kept);
        -- the current status is the latest row (see measure_status_current).
        CREATE TABLE measure_status (
            id          INTEGER PRIMARY KEY,
            measure_id  INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            area_code   TEXT NOT NULL,
            area_year   INTEGER NOT NULL,
            status      TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'not_applicable')),
            status_date TEXT NOT NULL,        -- ISO date the status applies from
            due_date    TEXT,
            owner       TEXT NOT NULL DEFAULT '',
            evidence    TEXT NOT NULL DEFAULT '',
            changed_by  TEXT NOT NULL DEFAULT '',  -- free text: there are no accounts
            changed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE INDEX measure_status_by_area ON measure_status(area_code, measure_id, status_date, id);
        CREATE VIEW measure_status_current AS
            SELECT s.* FROM measure_status s
             WHERE s.id = (SELECT s2.id FROM measure_status s2
                            WHERE s2.measure_id = s.measure_id AND s2.area_code = s.area_code
                            ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1);

        -- The 14 national assignments (VNG 1-7, Veiligheidsberaad 1-7).
        CREATE TABLE assignment (
            id        INTEGER PRIMARY KEY,
            board     TEXT NOT NULL CHECK (board IN ('VNG', 'Veiligheidsberaad')),
            number    INTEGER NOT NULL,
            title_nl  TEXT NOT NULL,
            title_en  TEXT NOT NULL,
            status    TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
            owner     TEXT NOT NULL DEFAULT '',
            due_date  TEXT,
            UNIQUE (board, number)
        );
        CREATE TABLE assignment_measure (
            assignment_id INTEGER NOT NULL REFERENCES assignment(id) ON DELETE CASCADE,
            measure_id    INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            PRIMARY KEY (assignment_id, measure_id)
        ) WITHOUT ROWID;

        -- Threat scenarios, their effects over time, and local actions.
        CREATE TABLE scenario (
            id          INTEGER PRIMARY KEY,
            code        TEXT NOT NULL UNIQUE,
            theme       TEXT NOT NULL,        -- one of the 9 national threat themes
            name_nl     TEXT NOT NULL,
            name_en     TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            is_example  INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE scenario_effect (
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            sector      TEXT NOT NULL CHECK (sector IN ('electricity', 'telecom', 'drinking_water', 'payments',
                                                        'transport', 'care', 'food', 'fuel', 'heating')),
            period      TEXT NOT NULL CHECK (period IN ('0_24h', '24_72h', 'after_72h')),
            severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),  -- none, limited, severe, failed
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scenario_id, sector, period)
        ) WITHOUT ROWID;
        CREATE TABLE scenario_action (
            id          INTEGER PRIMARY KEY,
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            measure_id  INTEGER REFERENCES measure(id) ON DELETE SET NULL,
            area_code   TEXT NOT NULL,
            area_year   INTEGER NOT NULL,
            description TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done'))
        );

        -- Social networks: organisations that can help, their reach and how to reach them.
        CREATE TABLE organisation (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL,
            type            TEXT NOT NULL,    -- church, mosque, sports_club, neighbourhood, red_cross, ...
            offers          TEXT NOT NULL DEFAULT '',  -- shelter, food, transport, care, communication, ...
            capacity        INTEGER,
            offline_contact TEXT NOT NULL DEFAULT '',  -- how to reach them without phone or internet
            lon             REAL,
            lat             REAL,
            is_example      INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE organisation_reach (
            organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
            area_code       TEXT NOT NULL,
            area_year       INTEGER NOT NULL,
            community       TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (organisation_id, area_code, community)
        ) WITHOUT ROWID;
        CREATE TABLE organisation_link (
            organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
            facility_id     INTEGER REFERENCES facility(id) ON DELETE CASCADE,
            scenario_id     INTEGER REFERENCES scenario(id) ON DELETE CASCADE,
            CHECK ((facility_id IS NULL) <> (scenario_id IS NULL))
        );

        -- Good practices, full-text searchable; `fingerprint` recognises duplicates on import.
        CREATE TABLE practice (
            id              INTEGER PRIMARY KEY,
            fingerprint     TEXT NOT NULL UNIQUE,
            title           TEXT NOT NULL,
            summary         TEXT NOT NULL,
            owner_area_code TEXT,
            owner_area_year INTEGER,
            topic           TEXT NOT NULL DEFAULT '',
            tags            TEXT NOT NULL DEFAULT '',
            source          TEXT NOT NULL DEFAULT '',
            published       TEXT,
            is_example      INTEGER NOT NULL DEFAULT 0
        );
        CREATE VIRTUAL TABLE practice_fts USING fts5(title, summary, tags, content='practice', content_rowid='id',
                                                     tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER practice_fts_insert AFTER INSERT ON practice BEGIN
            INSERT INTO practice_fts(rowid, title, summary, tags) VALUES (new.id, new.title, new.summary, new.tags);
        END;
        CREATE TRIGGER practice_fts_delete AFTER DELETE ON practice BEGIN
            INSERT INTO practice_fts(practice_fts, rowid, title, summary, tags)
            VALUES ('delete', old.id, old.title, old.summary, old.tags);
        END;
        CREATE TRIGGER practice_fts_update AFTER UPDATE ON practice BEGIN
            INSERT INTO practice_fts(practice_fts, rowid, title, summary, tags)
            VALUES ('delete', old.id, old.title, old.summary, old.tags);
            INSERT INTO practice_fts(rowid, title, summary, tags) VALUES (new.id, new.title, new.summary, new.tags);
        END;
        CREATE TABLE practice_measure (
            practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
            measure_id  INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            PRIMARY KEY (practice_id, measure_id)
        ) WITHOUT ROWID;
        CREATE TABLE practice_scenario (
            practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
            scenario_id INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
            PRIMARY KEY (practice_id, scenario_id)
        ) WITHOUT ROWID;

        -- Costs per measure, area and year, and the budgets they are compared with (EUR).
        CREATE TABLE cost (
            id          INTEGER PRIMARY KEY,
            measure_id  INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
            area_code   TEXT NOT NULL,
            area_year   INTEGER NOT NULL,
            year        INTEGER NOT NULL,
            one_off_eur REAL NOT NULL DEFAULT 0 CHECK (one_off_eur >= 0),
            yearly_eur  REAL NOT NULL DEFAULT 0 CHECK (yearly_eur >= 0),
            note        TEXT NOT NULL DEFAULT '',
            is_example  INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX cost_by_area ON cost(area_code, year);
        CREATE TABLE budget (
            scope_code  TEXT NOT NULL,        -- NL01, a safety region or a municipality
            year        INTEGER NOT NULL,
            amount_eur  REAL NOT NULL CHECK (amount_eur >= 0),
            note        TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (scope_code, year)
        ) WITHOUT ROWID;

        -- Board report snapshots: the figures of a report, so the next one can show the change.
        CREATE TABLE report_snapshot (
            id          INTEGER PRIMARY KEY,
            scope_code  TEXT NOT NULL,
            as_of       TEXT NOT NULL,
            created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            figures     TEXT NOT NULL         -- JSON
        );

        -- What was imported when, for the record and for the user's overview.
        CREATE TABLE import_log (
            id          INTEGER PRIMARY KEY,
            file_name   TEXT NOT NULL,
            format      TEXT NOT NULL,
            target      TEXT NOT NULL,
            rows        INTEGER NOT NULL,
            imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        )sql",

        // 3: organisation_reach keyed by the whole area key (code and year). Its version-2 key left
        // area_year out while a later column was in it; SQLite before 3.4x then reports false
        // "NULL value" errors in PRAGMA integrity_check, and exported files must check clean in
        // any sqlite3 tool. Same rows, same columns.
        R"sql(
        CREATE TABLE organisation_reach_v3 (
            organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
            area_code       TEXT NOT NULL,
            area_year       INTEGER NOT NULL,
            community       TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (organisation_id, area_code, area_year, community)
        ) WITHOUT ROWID;
        INSERT INTO organisation_reach_v3 (organisation_id, area_code, area_year, community)
            SELECT organisation_id, area_code, area_year, community FROM organisation_reach;
        DROP TABLE organisation_reach;
        ALTER TABLE organisation_reach_v3 RENAME TO organisation_reach;
        )sql",

        // 4: exchange between organisations (municipality -> safety region -> country) by files.
        // Every row that travels gets a stable id at creation (`uid`, 128 random bits), so the same
        // row is recognised in every copy; a trigger fills it for any INSERT that leaves it out, so
        // no code path can create a row without one. Costs and budgets travel under their natural
        // keys (measure, area, year) and (scope, year), which the cost editor already treats as one.
        R"sql(
        ALTER TABLE measure_status ADD COLUMN uid TEXT;
        -- '' = recorded in this database; else the area code of the organisation whose file it came in.
        ALTER TABLE measure_status ADD COLUMN source_code TEXT NOT NULL DEFAULT '';
        -- 1 = lost a resolved conflict: kept in the history, never the current status.
        ALTER TABLE measure_status ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE action_list ADD COLUMN uid TEXT;
        ALTER TABLE facility ADD COLUMN uid TEXT;
        ALTER TABLE scenario_action ADD COLUMN uid TEXT;
        ALTER TABLE organisation ADD COLUMN uid TEXT;
        UPDATE measure_status SET uid = lower(hex(randomblob(16)));
        UPDATE action_list SET uid = lower(hex(randomblob(16)));
        UPDATE facility SET uid = lower(hex(randomblob(16)));
        UPDATE scenario_action SET uid = lower(hex(randomblob(16)));
        UPDATE organisation SET uid = lower(hex(randomblob(16)));
        CREATE UNIQUE INDEX measure_status_by_uid ON measure_status(uid);
        CREATE UNIQUE INDEX action_list_by_uid ON action_list(uid);
        CREATE UNIQUE INDEX facility_by_uid ON facility(uid);
        CREATE UNIQUE INDEX scenario_action_by_uid ON scenario_action(uid);
        CREATE UNIQUE INDEX organisation_by_uid ON organisation(uid);
        CREATE TRIGGER measure_status_uid AFTER INSERT ON measure_status WHEN new.uid IS NULL BEGIN
            UPDATE measure_status SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TRIGGER action_list_uid AFTER INSERT ON action_list WHEN new.uid IS NULL BEGIN
            UPDATE action_list SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TRIGGER facility_uid AFTER INSERT ON facility WHEN new.uid IS NULL BEGIN
            UPDATE facility SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TRIGGER scenario_action_uid AFTER INSERT ON scenario_action WHEN new.uid IS NULL BEGIN
            UPDATE scenario_action SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;
        CREATE TRIGGER organisation_uid AFTER INSERT ON organisation WHEN new.uid IS NULL BEGIN
            UPDATE organisation SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
        END;

        DROP VIEW measure_status_current;
        CREATE VIEW measure_status_current AS
            SELECT s.* FROM measure_status s
             WHERE s.id = (SELECT s2.id FROM measure_status s2
                            WHERE s2.measure_id = s.measure_id AND s2.area_code = s.area_code
                              AND s2.superseded = 0
                            ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1);

        -- Every exchange file received, whatever became of it. The signed file itself is kept for
        -- the accepted ones (a region passes them on unchanged) and for the held ones (waiting for
        -- someone to trust the sender's key).
        CREATE TABLE exchange_delivery (
            id           INTEGER PRIMARY KEY,
            source_code  TEXT    NOT NULL,
            seq          INTEGER NOT NULL,
            sender_name  TEXT    NOT NULL DEFAULT '',
            peildatum    TEXT    NOT NULL DEFAULT '',
            created_at   TEXT    NOT NULL DEFAULT '',
            content_sha256 TEXT  NOT NULL DEFAULT '',
            received_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            via_code     TEXT    NOT NULL DEFAULT '',   -- the region whose file carried it
            state        TEXT    NOT NULL CHECK (state IN ('accepted', 'older', 'held', 'refused')),
            reason       TEXT    NOT NULL DEFAULT '',
            public_key   TEXT    NOT NULL DEFAULT '',
            fingerprint  TEXT    NOT NULL DEFAULT '',
            summary      TEXT    NOT NULL DEFAULT '{}', -- JSON counts per kind
            file         BLOB
        );
        CREATE INDEX exchange_delivery_by_source ON exchange_delivery(source_code, seq);

        -- The register of known senders: whose key this database trusts for which area.
        CREATE TABLE exchange_sender (
            source_code TEXT PRIMARY KEY,
            name        TEXT NOT NULL DEFAULT '',
            public_key  TEXT NOT NULL,            -- minisign public key, base64
            fingerprint TEXT NOT NULL,            -- 6 groups of 5 digits, read out over the phone
            pinned_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            via_code    TEXT NOT NULL DEFAULT ''  -- '' = pinned here; else vouched for by that region
        ) WITHOUT ROWID;

        -- The version of each row as last received: a row whose current content differs from it
        -- was edited here since, which turns the sender's next change into a conflict.
        CREATE TABLE exchange_received (
            kind           TEXT    NOT NULL,
            uid            TEXT    NOT NULL,
            source_code    TEXT    NOT NULL,
            seq            INTEGER NOT NULL,
            content_sha256 TEXT    NOT NULL,
            PRIMARY KEY (kind, uid)
        ) WITHOUT ROWID;

        -- Conflicts between a sender's rows and edits made here; both versions are kept.
        CREATE TABLE exchange_conflict (
            id               INTEGER PRIMARY KEY,
            kind             TEXT NOT NULL,
            uid              TEXT NOT NULL,            -- the received row
            local_uid        TEXT NOT NULL,            -- the row edited here (the same for rows edited in place)
            area_code        TEXT NOT NULL,
            source_code      TEXT NOT NULL,
            seq              INTEGER NOT NULL,
            local_content    TEXT NOT NULL,
            received_content TEXT NOT NULL,
            detected_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            resolution       TEXT CHECK (resolution IN ('received', 'local')),
            resolved_at      TEXT
        );
        )sql",

        // 5: assignment statuses travel. The own organisation keeps tracking its assignments in
        // `assignment` as before: the dashboard tracks them before anyone chooses whom it speaks
        // for (there is no area to key them by yet), and the report, the accessible view and the
        // public copy read them there. What other organisations delivered is kept per area here,
        // by the assignment's natural key (board, number), never by this database's ids.
        // `assignment.changed_at` marks tracking edited here: only that travels, so the shipped
        // example tracking never reads as some municipality's own status.
        R"sql(
        ALTER TABLE assignment ADD COLUMN changed_at TEXT;
        CREATE TABLE assignment_status (
            area_code   TEXT    NOT NULL,
            area_year   INTEGER NOT NULL,
            board       TEXT    NOT NULL CHECK (board IN ('VNG', 'Veiligheidsberaad')),
            number      INTEGER NOT NULL,
            status      TEXT    NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
            owner       TEXT    NOT NULL DEFAULT '',
            due_date    TEXT,
            changed_at  TEXT    NOT NULL DEFAULT '',  -- when the sender last changed it
            source_code TEXT    NOT NULL,             -- the organisation whose file carried it
            PRIMARY KEY (area_code, board, number)
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
