#include "core/practices.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "core/checklist.h"
#include "core/practice_fingerprint.h"

namespace wb {
namespace {

constexpr const char* kPracticeColumns =
    "p.id, p.fingerprint, p.title, p.summary, coalesce(p.owner_area_code, ''), coalesce(p.owner_area_year, 0), "
    "coalesce((SELECT a.name FROM area a WHERE a.code = p.owner_area_code ORDER BY a.year = p.owner_area_year DESC, "
    "a.year DESC LIMIT 1), ''), p.topic, p.tags, p.source, coalesce(p.published, ''), p.is_example";
constexpr int kPracticeColumnCount = 12;

Practice readPractice(const Statement& st) {
    Practice p;
    p.id = st.getInt(0);
    p.fingerprint = st.getText(1);
    p.title = st.getText(2);
    p.summary = st.getText(3);
    p.ownerAreaCode = st.getText(4);
    p.ownerAreaYear = static_cast<int>(st.getInt(5));
    p.ownerAreaName = st.getText(6);
    p.topic = st.getText(7);
    p.tags = st.getText(8);
    p.source = st.getText(9);
    p.published = st.getText(10);
    p.isExample = st.getInt(11) != 0;
    return p;
}

std::string idsAsJson(const std::vector<int64_t>& ids) {
    std::string json = "[";
    for (size_t i = 0; i < ids.size(); ++i) json += (i ? "," : "") + std::to_string(ids[i]);
    return json + "]";
}

// Fills in the measures and scenarios of `practices` with two queries.
void loadLinks(const Database& db, std::vector<Practice*> practices) {
    std::unordered_map<int64_t, Practice*> byId;
    std::vector<int64_t> ids;
    for (Practice* p : practices) {
        byId[p->id] = p;
        ids.push_back(p->id);
    }
    const std::string json = idsAsJson(ids);
    Statement measures = db.prepare(
        "SELECT pm.practice_id, m.id, m.code, m.title_nl FROM practice_measure pm JOIN measure m ON m.id = pm.measure_id "
        "WHERE pm.practice_id IN (SELECT value FROM json_each(?)) ORDER BY m.code, m.id");
    measures.bind(1, json);
    while (measures.step()) {
        byId.at(measures.getInt(0))->measures.push_back({measures.getInt(1), measures.getText(2), measures.getText(3)});
    }
    Statement scenarios = db.prepare(
        "SELECT ps.practice_id, s.id, s.code, s.name_nl FROM practice_scenario ps JOIN scenario s ON s.id = ps.scenario_id "
        "WHERE ps.practice_id IN (SELECT value FROM json_each(?)) ORDER BY s.code");
    scenarios.bind(1, json);
    while (scenarios.step()) {
        byId.at(scenarios.getInt(0))->scenarios.push_back({scenarios.getInt(1), scenarios.getText(2), scenarios.getText(3)});
    }
}

bool isWordByte(unsigned char c) {
    // Everything outside ASCII (accented letters, other scripts) belongs to a word; the tokenizer
    // decides what it means.
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string practiceMatchQuery(const std::string& text) {
    std::string query;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(static_cast<unsigned char>(text[i]))) ++i;
        const size_t start = i;
        while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i]))) ++i;
        if (i == start) break;
        if (!query.empty()) query += ' ';
        query += '"' + text.substr(start, i - start) + "\"*";
    }
    return query;
}

std::vector<PracticeHit> searchPractices(const Database& db, const PracticeSearch& search) {
    const std::string match = practiceMatchQuery(search.text);
    const bool withText = !match.empty();
    std::string sql = std::string("SELECT ") + kPracticeColumns + ", " +
                      (withText ? "snippet(practice_fts, 1, '[', ']', '…', 16)" : "substr(p.summary, 1, 200)");
    sql += withText ? " FROM practice_fts JOIN practice p ON p.id = practice_fts.rowid WHERE practice_fts MATCH ?1"
                    : " FROM practice p WHERE ?1 IS NULL";
    sql +=
        " AND (?2 = '' OR p.topic = ?2)"
        " AND (?3 = '' OR EXISTS (SELECT 1 FROM practice_measure pm JOIN measure m ON m.id = pm.measure_id"
        "                         WHERE pm.practice_id = p.id AND m.code = ?3))"
        " AND (?4 = '' OR EXISTS (SELECT 1 FROM practice_scenario ps JOIN scenario s ON s.id = ps.scenario_id"
        "                         WHERE ps.practice_id = p.id AND s.code = ?4))"
        // The owner lies inside the area: the area itself and everything below it.
        " AND (?5 = '' OR p.owner_area_code IN (WITH RECURSIVE inside(code) AS (SELECT ?5 UNION"
        "      SELECT a.code FROM area a JOIN inside ON a.parent_code = inside.code) SELECT code FROM inside))";
    sql += withText ? " ORDER BY practice_fts.rank" : " ORDER BY p.published DESC, p.id DESC";
    sql += " LIMIT ?6";
    Statement st = db.prepare(sql);
    if (withText) st.bind(1, match); else st.bind(1, nullptr);
    st.bind(2, search.topic).bind(3, search.measureCode).bind(4, search.scenarioCode).bind(5, search.areaCode);
    st.bind(6, std::max(0, search.limit));
    std::vector<PracticeHit> hits;
    while (st.step()) hits.push_back({readPractice(st), st.getText(kPracticeColumnCount)});
    std::vector<Practice*> practices;
    for (PracticeHit& hit : hits) practices.push_back(&hit.practice);
    loadLinks(db, practices);
    return hits;
}

std::vector<Practice> practicesById(const Database& db, const std::vector<int64_t>& ids) {
    Statement st = db.prepare(std::string("SELECT ") + kPracticeColumns +
                              " FROM json_each(?) j JOIN practice p ON p.id = j.value ORDER BY j.key");
    st.bind(1, idsAsJson(ids));
    std::vector<Practice> out;
    while (st.step()) out.push_back(readPractice(st));
    std::vector<Practice*> practices;
    for (Practice& p : out) practices.push_back(&p);
    loadLinks(db, practices);
    return out;
}

std::optional<int64_t> addPractice(Database& db, const NewPractice& p) {
    if (p.title.find_first_not_of(" \t") == std::string::npos) throw std::invalid_argument("a practice needs a title");
    if (p.summary.find_first_not_of(" \t") == std::string::npos) {
        throw std::invalid_argument("practice \"" + p.title + "\" needs a summary");
    }
    if (!p.published.empty() && !isIsoDate(p.published)) {
        throw std::invalid_argument("practice \"" + p.title + "\": \"" + p.published + "\" is not a date YYYY-MM-DD");
    }
    const std::string fingerprint = practiceFingerprint(p.title, p.ownerAreaCode);
    Statement exists = db.prepare("SELECT 1 FROM practice WHERE fingerprint = ?");
    exists.bind(1, fingerprint);
    if (exists.step()) return std::nullopt;

    Statement insert = db.prepare(
        "INSERT INTO practice (fingerprint, title, summary, owner_area_code, owner_area_year, topic, tags, source, "
        "published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, fingerprint).bind(2, p.title).bind(3, p.summary);
    if (p.ownerAreaCode.empty()) insert.bind(4, nullptr); else insert.bind(4, p.ownerAreaCode);
    if (p.ownerAreaYear == 0) insert.bind(5, nullptr); else insert.bind(5, p.ownerAreaYear);
    insert.bind(6, p.topic).bind(7, p.tags).bind(8, p.source);
    if (p.published.empty()) insert.bind(9, nullptr); else insert.bind(9, p.published);
    insert.run();
    const int64_t id = sqlite3_last_insert_rowid(db.handle());
    Statement toMeasure = db.prepare("INSERT OR IGNORE INTO practice_measure (practice_id, measure_id) VALUES (?, ?)");
    for (int64_t measureId : p.measureIds) {
        toMeasure.bind(1, id).bind(2, measureId);
        toMeasure.run();
    }
    Statement toScenario = db.prepare("INSERT OR IGNORE INTO practice_scenario (practice_id, scenario_id) VALUES (?, ?)");
    for (int64_t scenarioId : p.scenarioIds) {
        toScenario.bind(1, id).bind(2, scenarioId);
        toScenario.run();
    }
    return id;
}

std::vector<std::string> practiceTopics(const Database& db) {
    Statement st = db.prepare("SELECT DISTINCT topic FROM practice WHERE topic <> '' ORDER BY topic");
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

}  // namespace wb
