#include "core/checklist.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "core/meta.h"

namespace wb {
namespace {

// A savepoint instead of Transaction: it nests, so an edit is atomic on its own and also inside an
// import that holds its own transaction.
class Savepoint {
public:
    explicit Savepoint(Database& db) : db_(db) { db_.exec("SAVEPOINT checklist_edit"); }
    ~Savepoint() {
        if (done_) return;
        try {
            db_.exec("ROLLBACK TO checklist_edit");
            db_.exec("RELEASE checklist_edit");
        } catch (...) {
            // Nothing sensible to do in a destructor.
        }
    }
    void commit() {
        db_.exec("RELEASE checklist_edit");
        done_ = true;
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

private:
    Database& db_;
    bool done_ = false;
};

constexpr MeasureStatus kAllStatuses[] = {MeasureStatus::NotStarted, MeasureStatus::InProgress, MeasureStatus::Done,
                                          MeasureStatus::NotApplicable};

std::string applicableListKey(AreaLevel level) { return "action_list_for_" + std::string(toString(level)); }

bool hasListLevel(AreaLevel level) { return level == AreaLevel::Municipality || level == AreaLevel::SafetyRegion; }

constexpr const char* kListColumns = "id, name, for_level, source, is_example";

ActionList readList(const Statement& st) {
    ActionList list;
    list.id = st.getInt(0);
    list.name = st.getText(1);
    list.forLevel = areaLevelFromString(st.getTextView(2)).value_or(AreaLevel::Municipality);
    list.source = st.getText(3);
    list.isExample = st.getInt(4) != 0;
    return list;
}

ActionList requireList(const Database& db, int64_t listId) {
    auto list = actionList(db, listId);
    if (!list) throw std::invalid_argument("there is no action list " + std::to_string(listId));
    return *list;
}

ActionList requireEditableList(const Database& db, int64_t listId) {
    ActionList list = requireList(db, listId);
    if (list.isExample) {
        throw std::invalid_argument("the example list \"" + list.name + "\" cannot be edited: copy it first");
    }
    return list;
}

int64_t listOfMeasure(const Database& db, int64_t measureId) {
    Statement st = db.prepare("SELECT list_id FROM measure WHERE id = ?");
    st.bind(1, measureId);
    if (!st.step()) throw std::invalid_argument("there is no measure " + std::to_string(measureId));
    return st.getInt(0);
}

void requireName(const std::string& name) {
    if (name.find_first_not_of(" \t") == std::string::npos) throw std::invalid_argument("the list needs a name");
}

Measure readMeasure(const Statement& st) {
    Measure m;
    m.id = st.getInt(0);
    m.listId = st.getInt(1);
    m.sortOrder = static_cast<int>(st.getInt(2));
    m.fields.code = st.getText(3);
    m.fields.phase = st.getText(4);
    m.fields.topic = st.getText(5);
    m.fields.titleNl = st.getText(6);
    m.fields.titleEn = st.getText(7);
    m.fields.description = st.getText(8);
    m.fields.partners = st.getText(9);
    return m;
}

// Columns 0..7 of a measure_status row as selected by kStatusColumns.
constexpr const char* kStatusColumns =
    "s.id, s.status, s.status_date, coalesce(s.due_date, ''), s.owner, s.evidence, s.changed_by, s.changed_at";

StatusRecord readStatus(const Statement& st, int first) {
    StatusRecord r;
    r.id = st.getInt(first);
    r.status = measureStatusFromString(st.getTextView(first + 1)).value_or(MeasureStatus::NotStarted);
    r.statusDate = st.getText(first + 2);
    r.dueDate = st.getText(first + 3);
    r.owner = st.getText(first + 4);
    r.evidence = st.getText(first + 5);
    r.changedBy = st.getText(first + 6);
    r.changedAt = st.getText(first + 7);
    return r;
}

struct AreaKey {
    std::string code;
    int year = 0;
    AreaLevel level = AreaLevel::Municipality;
};

// The newest division year that has the code.
AreaKey requireArea(const Database& db, const std::string& code) {
    Statement st = db.prepare("SELECT year, level FROM area WHERE code = ? ORDER BY year DESC LIMIT 1");
    st.bind(1, code);
    if (!st.step()) throw std::invalid_argument("there is no area " + code);
    return {code, static_cast<int>(st.getInt(0)), areaLevelFromString(st.getTextView(1)).value_or(AreaLevel::Country)};
}

void requireIsoDate(const std::string& text, const char* what) {
    if (!isIsoDate(text)) throw std::invalid_argument(std::string(what) + " \"" + text + "\" is not a date YYYY-MM-DD");
}

void bindMeasureFields(Statement& st, int first, const MeasureFields& f) {
    st.bind(first, f.code).bind(first + 1, f.phase).bind(first + 2, f.topic).bind(first + 3, f.titleNl);
    st.bind(first + 4, f.titleEn.empty() ? f.titleNl : f.titleEn).bind(first + 5, f.description);
    st.bind(first + 6, f.partners);
}

void requireUniqueCode(const Database& db, int64_t listId, const std::string& code, int64_t exceptMeasureId) {
    Statement st = db.prepare("SELECT count(*) FROM measure WHERE list_id = ? AND code = ? AND id <> ?");
    st.bind(1, listId).bind(2, code).bind(3, exceptMeasureId);
    st.step();
    if (st.getInt(0) > 0) throw std::invalid_argument("the list already has a measure with code " + code);
}

}  // namespace

std::string_view toString(MeasureStatus status) {
    switch (status) {
        case MeasureStatus::NotStarted: return "not_started";
        case MeasureStatus::InProgress: return "in_progress";
        case MeasureStatus::Done: return "done";
        case MeasureStatus::NotApplicable: return "not_applicable";
    }
    return "";
}

std::optional<MeasureStatus> measureStatusFromString(std::string_view text) {
    for (MeasureStatus status : kAllStatuses) {
        if (toString(status) == text) return status;
    }
    return std::nullopt;
}

bool isMeasurePhase(std::string_view text) {
    return std::find(std::begin(kMeasurePhases), std::end(kMeasurePhases), text) != std::end(kMeasurePhases);
}

bool isIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    auto number = [&](size_t at, size_t length) {
        int value = 0;
        for (size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (month < 1 || month > 12 || day < 1) return false;
    static const int daysIn[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= daysIn[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isOverdue(MeasureStatus status, std::string_view dueDate, std::string_view asOf) {
    if (status == MeasureStatus::Done || status == MeasureStatus::NotApplicable || dueDate.empty()) return false;
    return dueDate < asOf;  // ISO dates compare correctly as text
}

void validateMeasureFields(const MeasureFields& f) {
    auto blank = [](const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; };
    if (blank(f.code)) throw std::invalid_argument("a measure needs a code");
    if (!isMeasurePhase(f.phase)) {
        throw std::invalid_argument("measure " + f.code + ": phase \"" + f.phase +
                                    "\" is not one of cold, first_72h, after");
    }
    if (blank(f.topic)) throw std::invalid_argument("measure " + f.code + " needs a topic");
    if (blank(f.titleNl)) throw std::invalid_argument("measure " + f.code + " needs a Dutch title");
}

// ---- lists -------------------------------------------------------------------------------------

std::vector<ActionList> actionLists(const Database& db) {
    Statement st = db.prepare(std::string("SELECT ") + kListColumns + " FROM action_list ORDER BY id");
    std::vector<ActionList> out;
    while (st.step()) out.push_back(readList(st));
    return out;
}

std::optional<ActionList> actionList(const Database& db, int64_t listId) {
    Statement st = db.prepare(std::string("SELECT ") + kListColumns + " FROM action_list WHERE id = ?");
    st.bind(1, listId);
    if (!st.step()) return std::nullopt;
    return readList(st);
}

std::optional<ActionList> applicableList(const Database& db, AreaLevel level) {
    if (!hasListLevel(level)) return std::nullopt;
    if (const auto chosen = metaValue(db, applicableListKey(level))) {
        Statement st = db.prepare(std::string("SELECT ") + kListColumns + " FROM action_list WHERE id = ? AND for_level = ?");
        st.bind(1, std::string_view(*chosen)).bind(2, toString(level));
        if (st.step()) return readList(st);
    }
    Statement st = db.prepare(std::string("SELECT ") + kListColumns +
                              " FROM action_list WHERE for_level = ? ORDER BY id LIMIT 1");
    st.bind(1, toString(level));
    if (!st.step()) return std::nullopt;
    return readList(st);
}

void setApplicableList(Database& db, int64_t listId) {
    const ActionList list = requireList(db, listId);
    Statement st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    st.bind(1, applicableListKey(list.forLevel)).bind(2, std::to_string(listId));
    st.run();
}

std::vector<Measure> listMeasures(const Database& db, int64_t listId) {
    Statement st = db.prepare(
        "SELECT id, list_id, sort_order, code, phase, topic, title_nl, title_en, description, partners FROM measure "
        "WHERE list_id = ? ORDER BY sort_order, id");
    st.bind(1, listId);
    std::vector<Measure> out;
    while (st.step()) out.push_back(readMeasure(st));
    return out;
}

int64_t createActionList(Database& db, const std::string& name, AreaLevel forLevel, const std::string& source) {
    requireName(name);
    if (!hasListLevel(forLevel)) throw std::invalid_argument("action lists are for municipalities or safety regions");
    Statement st = db.prepare("INSERT INTO action_list (name, for_level, source, is_example) VALUES (?, ?, ?, 0)");
    st.bind(1, name).bind(2, toString(forLevel)).bind(3, source);
    st.run();
    return sqlite3_last_insert_rowid(db.handle());
}

int64_t copyActionList(Database& db, int64_t listId, const std::string& name) {
    const ActionList from = requireList(db, listId);
    Savepoint edit(db);
    const int64_t copy = createActionList(db, name, from.forLevel, "copy of " + from.name);
    Statement st = db.prepare(
        "INSERT INTO measure (list_id, code, phase, topic, title_nl, title_en, description, partners, sort_order) "
        "SELECT ?, code, phase, topic, title_nl, title_en, description, partners, sort_order FROM measure "
        "WHERE list_id = ?");
    st.bind(1, copy).bind(2, listId);
    st.run();
    edit.commit();
    return copy;
}

void renameActionList(Database& db, int64_t listId, const std::string& name) {
    requireEditableList(db, listId);
    requireName(name);
    Statement st = db.prepare("UPDATE action_list SET name = ? WHERE id = ?");
    st.bind(1, name).bind(2, listId);
    st.run();
}

void deleteActionList(Database& db, int64_t listId) {
    requireEditableList(db, listId);
    Savepoint edit(db);
    for (const Measure& m : listMeasures(db, listId)) deleteMeasure(db, m.id);
    Statement st = db.prepare("DELETE FROM action_list WHERE id = ?");
    st.bind(1, listId);
    st.run();
    edit.commit();
}

int64_t addMeasure(Database& db, int64_t listId, const MeasureFields& fields) {
    requireEditableList(db, listId);
    validateMeasureFields(fields);
    requireUniqueCode(db, listId, fields.code, 0);
    Statement st = db.prepare(
        "INSERT INTO measure (list_id, code, phase, topic, title_nl, title_en, description, partners, sort_order) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT coalesce(max(sort_order), 0) + 1 FROM measure WHERE list_id = ?1))");
    st.bind(1, listId);
    bindMeasureFields(st, 2, fields);
    st.run();
    return sqlite3_last_insert_rowid(db.handle());
}

void editMeasure(Database& db, int64_t measureId, const MeasureFields& fields) {
    const int64_t listId = listOfMeasure(db, measureId);
    requireEditableList(db, listId);
    validateMeasureFields(fields);
    requireUniqueCode(db, listId, fields.code, measureId);
    Statement st = db.prepare(
        "UPDATE measure SET code = ?1, phase = ?2, topic = ?3, title_nl = ?4, title_en = ?5, description = ?6, "
        "partners = ?7 WHERE id = ?8");
    bindMeasureFields(st, 1, fields);
    st.bind(8, measureId);
    st.run();
}

void deleteMeasure(Database& db, int64_t measureId) {
    requireEditableList(db, listOfMeasure(db, measureId));
    Savepoint edit(db);
    for (const char* sql : {"DELETE FROM measure_status WHERE measure_id = ?", "DELETE FROM cost WHERE measure_id = ?",
                            "DELETE FROM assignment_measure WHERE measure_id = ?",
                            "DELETE FROM practice_measure WHERE measure_id = ?",
                            "UPDATE scenario_action SET measure_id = NULL WHERE measure_id = ?",
                            "DELETE FROM measure WHERE id = ?"}) {
        Statement st = db.prepare(sql);
        st.bind(1, measureId);
        st.run();
    }
    edit.commit();
}

void reorderMeasures(Database& db, int64_t listId, const std::vector<int64_t>& measureIdsInOrder) {
    requireEditableList(db, listId);
    std::set<int64_t> have;
    for (const Measure& m : listMeasures(db, listId)) have.insert(m.id);
    const std::set<int64_t> given(measureIdsInOrder.begin(), measureIdsInOrder.end());
    if (given != have || given.size() != measureIdsInOrder.size()) {
        throw std::invalid_argument("the new order must name every measure of the list exactly once");
    }
    Savepoint edit(db);
    Statement st = db.prepare("UPDATE measure SET sort_order = ? WHERE id = ?");
    for (size_t i = 0; i < measureIdsInOrder.size(); ++i) {
        st.bind(1, static_cast<int64_t>(i + 1)).bind(2, measureIdsInOrder[i]);
        st.run();
    }
    edit.commit();
}

// ---- checklists --------------------------------------------------------------------------------

std::vector<AreaMeasureStatus> latestStatuses(const Database& db, const std::string& asOf,
                                              const std::string& onlyAreaCode) {
    // For each (area, measure) the newest row dated at or before the day; ties on the date go to
    // the row entered last; a row that lost a resolved exchange conflict is history only. The
    // correlated lookup runs on the measure_status_by_area index.
    const std::string sql = std::string("SELECT s.area_code, s.measure_id, ") + kStatusColumns +
                            " FROM measure_status s WHERE s.status_date <= ?1" +
                            (onlyAreaCode.empty() ? "" : " AND s.area_code = ?2") +
                            " AND s.id = (SELECT s2.id FROM measure_status s2 WHERE s2.area_code = s.area_code "
                            "AND s2.measure_id = s.measure_id AND s2.status_date <= ?1 AND s2.superseded = 0 "
                            "ORDER BY s2.status_date DESC, s2.id DESC LIMIT 1)";
    Statement st = db.prepare(sql);
    st.bind(1, asOf);
    if (!onlyAreaCode.empty()) st.bind(2, onlyAreaCode);
    std::vector<AreaMeasureStatus> out;
    while (st.step()) out.push_back({st.getText(0), st.getInt(1), readStatus(st, 2)});
    return out;
}

Checklist areaChecklist(const Database& db, const std::string& areaCode, const std::string& asOf) {
    requireIsoDate(asOf, "the as-of date");
    const AreaKey area = requireArea(db, areaCode);
    Checklist checklist;
    checklist.areaCode = areaCode;
    checklist.list = applicableList(db, area.level);
    if (!checklist.list) return checklist;
    std::vector<AreaMeasureStatus> statuses = latestStatuses(db, asOf, areaCode);
    for (Measure& m : listMeasures(db, checklist.list->id)) {
        ChecklistItem item;
        const auto found = std::find_if(statuses.begin(), statuses.end(),
                                        [&](const AreaMeasureStatus& s) { return s.measureId == m.id; });
        if (found != statuses.end()) item.current = std::move(found->record);
        item.overdue = isOverdue(item.current.status, item.current.dueDate, asOf);
        item.measure = std::move(m);
        checklist.items.push_back(std::move(item));
    }
    return checklist;
}

std::vector<StatusRecord> statusHistory(const Database& db, const std::string& areaCode, int64_t measureId) {
    Statement st = db.prepare(std::string("SELECT ") + kStatusColumns +
                              " FROM measure_status s WHERE s.area_code = ? AND s.measure_id = ? "
                              "ORDER BY s.status_date DESC, s.id DESC");
    st.bind(1, areaCode).bind(2, measureId);
    std::vector<StatusRecord> out;
    while (st.step()) out.push_back(readStatus(st, 0));
    return out;
}

int64_t setMeasureStatus(Database& db, const std::string& areaCode, int64_t measureId, const StatusChange& change) {
    requireIsoDate(change.statusDate, "the status date");
    if (!change.dueDate.empty()) requireIsoDate(change.dueDate, "the due date");
    Savepoint edit(db);
    const AreaKey area = requireArea(db, areaCode);
    const ActionList list = requireList(db, listOfMeasure(db, measureId));
    if (list.forLevel != area.level) {
        throw std::invalid_argument("measure " + std::to_string(measureId) + " belongs to a list for " +
                                    std::string(toString(list.forLevel)) + ", not for " + areaCode);
    }
    Statement st = db.prepare(
        "INSERT INTO measure_status (measure_id, area_code, area_year, status, status_date, due_date, owner, evidence, "
        "changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, measureId).bind(2, areaCode).bind(3, area.year).bind(4, toString(change.status));
    st.bind(5, change.statusDate);
    if (change.dueDate.empty()) st.bind(6, nullptr); else st.bind(6, change.dueDate);
    st.bind(7, change.owner).bind(8, change.evidence).bind(9, change.changedBy);
    st.run();
    const int64_t id = sqlite3_last_insert_rowid(db.handle());
    edit.commit();
    return id;
}

}  // namespace wb
