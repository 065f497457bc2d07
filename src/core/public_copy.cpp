#include "core/public_copy.h"

#include <algorithm>
#include <tuple>

#include "core/meta.h"
#include "core/suppression.h"
#include "core/transport_indexes.h"

namespace wb {
namespace {

using P = PublicTreatment;

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < text.size()) {
        const size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) out.emplace_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

bool tableExists(const Database& db, std::string_view table) {
    Statement st = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    st.bind(1, table);
    return st.step();
}

bool columnIsNotNull(const Database& db, std::string_view table, const std::string& column) {
    Statement st = db.prepare("SELECT \"notnull\" FROM pragma_table_info(?) WHERE name = ?");
    st.bind(1, table).bind(2, column);
    if (!st.step()) throw DatabaseError("the public copy's rules name " + std::string(table) + "." + column +
                                        ", which the database does not have");
    return st.getInt(0) != 0;
}

void setMeta(Database& db, const char* key, const std::string& value) {
    Statement st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    st.run();
}

void applyRule(Database& db, const PublicColumnRule& rule) {
    if (!tableExists(db, rule.table)) return;  // e.g. deferred_index, only in the page's transport copy
    const std::string table = "\"" + std::string(rule.table) + "\"";
    if (rule.treatment == P::RowsDeleted) {
        db.exec("DELETE FROM " + table);
        return;
    }
    if (rule.treatment != P::Emptied) return;
    for (const std::string& column : words(rule.columns)) {
        const std::string c = "\"" + column + "\"";
        db.exec(columnIsNotNull(db, rule.table, column)
                    ? "UPDATE " + table + " SET " + c + " = '' WHERE " + c + " <> ''"
                    : "UPDATE " + table + " SET " + c + " = NULL WHERE " + c + " IS NOT NULL");
    }
}

void keepReviewedMetaKeys(Database& db) {
    std::string kept;
    for (std::string_view key : publicMetaKeys()) kept += (kept.empty() ? "'" : ", '") + std::string(key) + "'";
    db.exec("DELETE FROM meta WHERE key NOT IN (" + kept + ")");
}

// Counts of people below the threshold go, not only their display: Dashboard.query, the CSV
// exports and the database file of the public page then have nothing to reveal. The page shows
// them as without a value.
void removeSmallCounts(Database& db) {
    std::vector<std::tuple<std::string, std::string, int64_t>> small;
    Statement counts = db.prepare(
        "SELECT v.indicator_id, v.area_code, v.period, v.value FROM indicator_value v "
        "JOIN indicator i ON i.id = v.indicator_id WHERE i.is_count_of_people = 1 AND v.value IS NOT NULL");
    while (counts.step()) {
        if (isSuppressedCount(counts.getDouble(3))) small.emplace_back(counts.getText(0), counts.getText(1), counts.getInt(2));
    }
    Statement clear = db.prepare(
        "UPDATE indicator_value SET value = NULL WHERE indicator_id = ? AND area_code = ? AND period = ?");
    for (const auto& [indicator, area, period] : small) {
        clear.reset();
        clear.bind(1, indicator).bind(2, area).bind(3, period);
        clear.run();
    }
}

}  // namespace

const std::vector<PublicColumnRule>& publicCopyRules() {
    static const std::vector<PublicColumnRule> rules = {
        {"meta", "*", P::Special,
         "free text by nature: only the reviewed keys of publicMetaKeys() stay; the organisation's name as typed and "
         "the exchange's counters go"},
        {"area", "code level name parent_code geometry", P::Kept, "public geography: CBS codes, names and boundaries"},
        {"indicator", "id name_nl name_en unit_nl unit_en source category description", P::Kept,
         "what a figure means and where it comes from, shown with every figure"},
        {"indicator_value", "indicator_id area_code", P::Kept, "the keys of the figures"},
        {"indicator_value", "value", P::Special,
         "counts of people below the suppression threshold become NULL, so no query can read them"},
        {"facility", "kind category name area_code source uid", P::Kept,
         "places open to the public (schools, care homes, fire stations, resilience points) and their source"},
        {"facility_rtree", "*", P::Kept, "the facilities' positions as a spatial index"},
        {"resilience_point", "point_type status", P::Kept, "what a resilience point is and whether it is active"},
        {"resilience_point_function", "function", P::Kept, "what a resilience point offers"},
        {"action_list", "name for_level uid", P::Kept, "the list's name and level"},
        {"action_list", "source", P::Emptied, "the name of the file a list was imported from, which can carry a person's name"},
        {"measure", "code phase topic title_nl title_en description partners", P::Kept,
         "the plan's content; partners are organisations"},
        {"measure_status", "area_code status status_date due_date changed_at uid source_code", P::Kept,
         "progress itself: statuses and their dates"},
        {"measure_status", "owner changed_by", P::Emptied, "people's names: who owns a measure, who changed it"},
        {"measure_status", "evidence", P::Emptied, "notes that name people, documents, addresses"},
        {"assignment", "board title_nl title_en status due_date", P::Kept, "the national assignments and their progress"},
        {"assignment", "owner", P::Emptied, "a person or team"},
        {"assignment", "changed_at", P::Kept, "when the tracking was last changed here"},
        {"assignment_status", "area_code board status due_date changed_at source_code", P::Kept,
         "the assignments' progress as other areas delivered it"},
        {"assignment_status", "owner", P::Emptied, "a person or team of the delivering organisation"},
        {"scenario", "code theme name_nl name_en description", P::Kept, "the threat scenario catalogue"},
        {"scenario_effect", "sector period description", P::Kept, "a scenario's effects per sector and period"},
        {"scenario_action", "area_code description status uid", P::Kept,
         "the local action perspective: what will be done, and its status"},
        {"organisation", "name type offers uid", P::Kept, "which organisations can help, and with what"},
        {"organisation", "offline_contact", P::Emptied, "how to reach them: names, addresses, meeting times"},
        {"organisation", "lon lat", P::Emptied,
         "where a small organisation sits can be someone's home; the page never shows it"},
        {"organisation_reach", "area_code community", P::Kept, "the areas and communities reached (groups, not persons)"},
        {"practice", "fingerprint title summary owner_area_code topic tags source published", P::Kept,
         "good practices are written to be shared (practice packs); the owner is an area"},
        {"practice_fts", "title summary tags", P::Kept, "the full-text index of the practices above"},
        {"cost", "area_code", P::Kept, "the area of an estimate"},
        {"cost", "note", P::Emptied, "a free note to an estimate: quotes, suppliers, names"},
        {"budget", "scope_code", P::Kept, "the area of a budget"},
        {"budget", "note", P::Emptied, "a free note to a budget"},
        {"report_snapshot", "*", P::RowsDeleted, "earlier reports' figures hold the assignments' owners"},
        {"import_log", "*", P::RowsDeleted, "this database's own history: file names from someone's computer"},
        {"exchange_delivery", "*", P::RowsDeleted,
         "received files, with their senders' names, owners and notes inside, and the senders' keys"},
        {"exchange_sender", "*", P::RowsDeleted, "the register of trusted senders: names and keys"},
        {"exchange_received", "*", P::RowsDeleted, "bookkeeping of the exchange"},
        {"exchange_conflict", "*", P::RowsDeleted, "both versions of conflicting rows, owners and notes included"},
        {"deferred_index", "*", P::Special,
         "index definitions of the page's own copy, no data: the indexes are built and the table dropped first"},
    };
    return rules;
}

const std::vector<std::string_view>& publicMetaKeys() {
    static const std::vector<std::string_view> keys = {
        "dataset",          "geography_source",          "example_content",
        "example_as_of",    "example_notice_nl",         "example_notice_en",
        "vulnerability_weights",                         "electricity_dependent_indicators",
        "action_list_for_municipality",                  "action_list_for_safety_region",
        "organisation_code",  // the publisher's area code; its name as typed is left out
        "public_version",   "public_made_at",
    };
    return keys;
}

void makePublicCopy(Database& db, const std::string& madeAt) {
    // Complete before anything else: the page opens a public copy read-only, so it could not build
    // indexes a copy of the page's own start database still left for later (core/transport_indexes.h).
    restoreDeferredIndexes(db);
    // Freed space is overwritten with zeros as it is freed, and VACUUM below writes the file anew:
    // a removed value survives neither in a free page nor in the unused part of a page.
    db.exec("PRAGMA secure_delete = ON");
    {
        Transaction tx(db);
        for (const PublicColumnRule& rule : publicCopyRules()) applyRule(db, rule);
        keepReviewedMetaKeys(db);
        removeSmallCounts(db);
        setMeta(db, "public_version", "1");
        setMeta(db, "public_made_at", madeAt);
        tx.commit();
    }
    db.exec("VACUUM");
}

bool isPublicCopy(const Database& db) { return metaValue(db, "public_version") == std::optional<std::string>("1"); }

}  // namespace wb
