#include "core/exchange_records.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "core/area_level.h"
#include "core/assignment_statuses.h"

namespace wb {
namespace {

// The project's one JSON type (a second instantiation would add its code to the page again);
// it keeps keys in insertion order, so canonical text sorts them explicitly (sortedKeys).
using Json = nlohmann::ordered_json;

Json sortedKeys(const Json& value) {
    if (value.is_array()) {
        Json out = Json::array();
        for (const Json& item : value) out.push_back(sortedKeys(item));
        return out;
    }
    if (!value.is_object()) return value;
    std::vector<std::string> keys;
    for (auto it = value.begin(); it != value.end(); ++it) keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    Json out = Json::object();
    for (const std::string& key : keys) out[key] = sortedKeys(value.at(key));
    return out;
}

// The canonical text of a row's content: keys sorted at every depth, no spaces.
std::string canonical(const Json& content) { return sortedKeys(content).dump(); }

bool isMunicipalityCode(const AreaDirectory& areas, const std::string& code) {
    const Area* area = areas.find(code);
    return area && area->level == AreaLevel::Municipality;
}

// The codes `ownsArea` accepts for an owner, as a JSON array for `json_each` in SQL.
std::string ownedCodesJson(const AreaDirectory& areas, const std::string& ownerCode) {
    Json codes = Json::array({ownerCode});
    if (isMunicipalityCode(areas, ownerCode)) {
        std::vector<std::string> pending{ownerCode};
        while (!pending.empty()) {
            const std::string code = pending.back();
            pending.pop_back();
            for (const Area* child : areas.children(code)) {
                codes.push_back(child->code);
                pending.push_back(child->code);
            }
        }
    }
    return codes.dump();
}

Json columnJson(const Statement& st, int col) {
    switch (st.columnType(col)) {
        case 1: return st.getInt(col);     // SQLITE_INTEGER
        case 2: return st.getDouble(col);  // SQLITE_FLOAT
        case 3: return st.getText(col);    // SQLITE_TEXT
        default: return nullptr;           // NULL (blobs do not travel)
    }
}

void bindJson(Statement& st, int index, const Json& value) {
    if (value.is_null()) st.bind(index, nullptr);
    else if (value.is_number_integer()) st.bind(index, value.get<int64_t>());
    else if (value.is_number()) st.bind(index, value.get<double>());
    else if (value.is_boolean()) st.bind(index, int64_t(value.get<bool>() ? 1 : 0));
    else if (value.is_string()) st.bind(index, value.get_ref<const std::string&>());
    else throw std::invalid_argument("a field holds a list or object where a single value belongs");
}

const Json& field(const Json& content, const char* name) {
    const auto found = content.find(name);
    if (found == content.end()) throw std::invalid_argument(std::string("the field '") + name + "' is missing");
    return *found;
}

std::string textField(const Json& content, const char* name) {
    const Json& value = field(content, name);
    if (!value.is_string()) throw std::invalid_argument(std::string("the field '") + name + "' is not text");
    return value.get<std::string>();
}

// ---- references by stable keys -----------------------------------------------------------------

int64_t measureIdOf(const Database& db, const std::string& listUid, const std::string& code) {
    Statement& st = db.cached("SELECT m.id FROM measure m JOIN action_list l ON l.id = m.list_id WHERE l.uid = ? AND m.code = ?");
    st.bind(1, listUid).bind(2, code);
    if (!st.step()) throw std::invalid_argument("the measure " + code + " of list " + listUid + " is not known here");
    return st.getInt(0);
}

int areaYearOf(const Database& db, const std::string& code) {
    Statement& st = db.cached("SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1");
    st.bind(1, code);
    if (!st.step()) throw std::invalid_argument("the area " + code + " is not known here");
    return static_cast<int>(st.getInt(0));
}

// Splits "prefix/a/b/.../z" into its parts after the prefix.
std::vector<std::string> uidParts(const std::string& uid, std::string_view prefix, size_t count) {
    std::vector<std::string> parts;
    if (uid.compare(0, prefix.size(), prefix) != 0) throw std::invalid_argument("malformed id " + uid);
    size_t at = prefix.size();
    while (parts.size() + 1 < count) {
        const size_t slash = uid.find('/', at);
        if (slash == std::string::npos) throw std::invalid_argument("malformed id " + uid);
        parts.push_back(uid.substr(at, slash - at));
        at = slash + 1;
    }
    parts.push_back(uid.substr(at));
    return parts;
}

// ---- the kinds -----------------------------------------------------------------------------------
// Each reader takes a WHERE clause over its main table with one parameter ?1: either the owned
// area codes (as JSON for json_each) or one uid, so export and "this row as held here" share the
// encoding.

void readMeasureStatus(const Database& db, const std::string& where, const std::string& param,
                       std::vector<ExchangeRecord>& out, std::set<std::string>& listUids) {
    Statement& st = db.cached(
        "SELECT s.uid, s.area_code, l.uid, m.code, s.status, s.status_date, s.due_date, s.owner, s.evidence, "
        "s.changed_by, s.changed_at FROM measure_status s JOIN measure m ON m.id = s.measure_id "
        "JOIN action_list l ON l.id = m.list_id WHERE " + where + " ORDER BY s.uid");
    st.bind(1, param);
    while (st.step()) {
        Json content = {{"list", st.getText(2)},        {"measure", st.getText(3)},     {"status", st.getText(4)},
                        {"status_date", st.getText(5)}, {"due_date", columnJson(st, 6)}, {"owner", st.getText(7)},
                        {"evidence", st.getText(8)},    {"changed_by", st.getText(9)},  {"changed_at", st.getText(10)}};
        listUids.insert(st.getText(2));
        out.push_back({"measure_status", st.getText(0), st.getText(1), canonical(content)});
    }
}

void readCosts(const Database& db, const std::string& where, const std::string& param, std::vector<ExchangeRecord>& out,
               std::set<std::string>& listUids) {
    Statement& st = db.cached(
        "SELECT c.area_code, l.uid, m.code, c.year, sum(c.one_off_eur), sum(c.yearly_eur), "
        "coalesce(group_concat(nullif(c.note, ''), '; '), ''), max(c.is_example) "
        "FROM cost c JOIN measure m ON m.id = c.measure_id JOIN action_list l ON l.id = m.list_id WHERE " + where +
        " GROUP BY c.area_code, l.uid, m.code, c.year");
    st.bind(1, param);
    while (st.step()) {
        const std::string uid = "cost/" + st.getText(0) + "/" + st.getText(1) + "/" + st.getText(2) + "/" +
                                std::to_string(st.getInt(3));
        Json content = {{"list", st.getText(1)},          {"measure", st.getText(2)},     {"year", st.getInt(3)},
                        {"one_off_eur", st.getDouble(4)}, {"yearly_eur", st.getDouble(5)}, {"note", st.getText(6)},
                        {"is_example", st.getInt(7)}};
        listUids.insert(st.getText(1));
        out.push_back({"cost", uid, st.getText(0), canonical(content)});
    }
}

void readBudgets(const Database& db, const std::string& where, const std::string& param, std::vector<ExchangeRecord>& out) {
    Statement& st = db.cached("SELECT scope_code, year, amount_eur, note FROM budget b WHERE " + where);
    st.bind(1, param);
    while (st.step()) {
        Json content = {{"year", st.getInt(1)}, {"amount_eur", st.getDouble(2)}, {"note", st.getText(3)}};
        out.push_back({"budget", "budget/" + st.getText(0) + "/" + std::to_string(st.getInt(1)), st.getText(0),
                       canonical(content)});
    }
}

void readResiliencePoints(const Database& db, const std::string& where, const std::string& param,
                          std::vector<ExchangeRecord>& out) {
    Statement& st = db.cached(
        "SELECT f.uid, f.area_code, f.kind, f.category, f.name, f.lon, f.lat, f.capacity, f.source, f.is_example, "
        "r.point_type, r.status, r.has_emergency_power, r.autonomy_hours, r.staff, r.open_within_hours, "
        "r.step_free_access, r.capacity_persons, "
        "(SELECT json_group_array(function) FROM (SELECT function FROM resilience_point_function "
        "  WHERE facility_id = f.id ORDER BY function)) "
        "FROM facility f JOIN resilience_point r ON r.facility_id = f.id WHERE " + where + " ORDER BY f.uid");
    st.bind(1, param);
    while (st.step()) {
        Json content = {{"kind", st.getText(2)},
                        {"category", st.getText(3)},
                        {"name", st.getText(4)},
                        {"lon", columnJson(st, 5)},
                        {"lat", columnJson(st, 6)},
                        {"capacity", columnJson(st, 7)},
                        {"source", st.getText(8)},
                        {"is_example", st.getInt(9)},
                        {"point_type", st.getText(10)},
                        {"status", st.getText(11)},
                        {"has_emergency_power", st.getInt(12)},
                        {"autonomy_hours", columnJson(st, 13)},
                        {"staff", columnJson(st, 14)},
                        {"open_within_hours", columnJson(st, 15)},
                        {"step_free_access", st.getInt(16)},
                        {"capacity_persons", columnJson(st, 17)},
                        {"functions", Json::parse(st.getText(18))}};
        out.push_back({"resilience_point", st.getText(0), st.getText(1), canonical(content)});
    }
}

void readScenarioActions(const Database& db, const std::string& where, const std::string& param,
                         std::vector<ExchangeRecord>& out, std::set<std::string>& listUids) {
    Statement& st = db.cached(
        "SELECT a.uid, a.area_code, sc.code, l.uid, m.code, a.description, a.status FROM scenario_action a "
        "JOIN scenario sc ON sc.id = a.scenario_id LEFT JOIN measure m ON m.id = a.measure_id "
        "LEFT JOIN action_list l ON l.id = m.list_id WHERE " + where + " ORDER BY a.uid");
    st.bind(1, param);
    while (st.step()) {
        Json content = {{"scenario", st.getText(2)},
                        {"list", columnJson(st, 3)},
                        {"measure", columnJson(st, 4)},
                        {"description", st.getText(5)},
                        {"status", st.getText(6)}};
        if (!st.isNull(3)) listUids.insert(st.getText(3));
        out.push_back({"scenario_action", st.getText(0), st.getText(1), canonical(content)});
    }
}

// The smallest area that holds every area an organisation reaches: one municipality, else one
// safety region, else the country; empty for an organisation that reaches nowhere.
std::string organisationOwner(const AreaDirectory& areas, const Json& reach) {
    std::set<std::string> municipalities, regions;
    for (const Json& row : reach) {
        const Area* area = areas.find(row[0].get<std::string>());
        if (!area) return {};
        const Area* municipality = areas.ancestorAt(*area, AreaLevel::Municipality);
        const Area* region = areas.ancestorAt(*area, AreaLevel::SafetyRegion);
        municipalities.insert(municipality ? municipality->code : std::string());
        regions.insert(region ? region->code : std::string());
    }
    if (reach.empty()) return {};
    if (municipalities.size() == 1 && !municipalities.begin()->empty()) return *municipalities.begin();
    if (regions.size() == 1 && !regions.begin()->empty()) return *regions.begin();
    return "NL01";
}

void readOrganisations(const Database& db, const AreaDirectory& areas, const std::string& onlyUid,
                       const std::string& ownerCode, std::vector<ExchangeRecord>& out) {
    Statement& st = db.cached(
        "SELECT o.uid, o.name, o.type, o.offers, o.capacity, o.offline_contact, o.lon, o.lat, o.is_example, "
        "(SELECT json_group_array(json_array(area_code, area_year, community)) FROM (SELECT area_code, area_year, "
        "  community FROM organisation_reach WHERE organisation_id = o.id ORDER BY area_code, area_year, community)) "
        "FROM organisation o WHERE ?1 = '' OR o.uid = ?1 ORDER BY o.uid");
    st.bind(1, onlyUid);
    while (st.step()) {
        Json reach = Json::parse(st.getText(9));
        const std::string owner = organisationOwner(areas, reach);
        if (owner.empty() || (!ownerCode.empty() && owner != ownerCode)) continue;
        Json content = {{"name", st.getText(1)},     {"type", st.getText(2)},         {"offers", st.getText(3)},
                        {"capacity", columnJson(st, 4)}, {"offline_contact", st.getText(5)}, {"lon", columnJson(st, 6)},
                        {"lat", columnJson(st, 7)},      {"is_example", st.getInt(8)},    {"reach", reach}};
        out.push_back({"organisation", st.getText(0), owner, canonical(content)});
    }
}

void readActionLists(const Database& db, const std::string& ownerCode, const std::set<std::string>& uids,
                     std::vector<ExchangeRecord>& out) {
    for (const std::string& uid : uids) {
        Statement& list = db.cached("SELECT id, name, for_level, source, is_example FROM action_list WHERE uid = ?");
        list.bind(1, uid);
        if (!list.step()) continue;
        Json measures = Json::array();
        Statement& m = db.cached(
            "SELECT code, phase, topic, title_nl, title_en, description, partners, sort_order FROM measure "
            "WHERE list_id = ? ORDER BY sort_order, code");
        m.bind(1, list.getInt(0));
        while (m.step()) {
            measures.push_back({{"code", m.getText(0)},       {"phase", m.getText(1)},    {"topic", m.getText(2)},
                                {"title_nl", m.getText(3)},   {"title_en", m.getText(4)}, {"description", m.getText(5)},
                                {"partners", m.getText(6)},   {"sort_order", m.getInt(7)}});
        }
        Json content = {{"name", list.getText(1)},
                        {"for_level", list.getText(2)},
                        {"source", list.getText(3)},
                        {"is_example", list.getInt(4)},
                        {"measures", measures}};
        out.push_back({"action_list", uid, ownerCode, canonical(content)});
    }
}

// ---- writing rows ------------------------------------------------------------------------------------

std::string assignmentUid(const std::string& area, const std::string& board, int number) {
    return "assignment/" + area + "/" + board + "/" + std::to_string(number);
}

void readAssignmentStatuses(const Database& db, const std::vector<std::string>& areaCodes,
                            std::vector<ExchangeRecord>& out) {
    for (const AreaAssignmentStatus& s : assignmentStatuses(db, areaCodes)) {
        Json content = {{"board", s.board},
                        {"number", s.number},
                        {"status", s.status},
                        {"owner", s.owner},
                        {"due_date", s.dueDate.empty() ? Json(nullptr) : Json(s.dueDate)},
                        {"changed_at", s.changedAt}};
        out.push_back({"assignment_status", assignmentUid(s.areaCode, s.board, s.number), s.areaCode,
                       canonical(content)});
    }
}

struct AssignmentKey {
    std::string area;
    std::string board;
    int number = 0;
};

// "assignment/<area>/<board>/<number>" -> its parts.
AssignmentKey assignmentKey(const std::string& uid) {
    const std::vector<std::string> p = uidParts(uid, "assignment/", 3);
    if (p[2].empty() || p[2].size() > 3 || p[2].find_first_not_of("0123456789") != std::string::npos) {
        throw std::invalid_argument("malformed id " + uid);
    }
    return {p[0], p[1], std::stoi(p[2])};
}

void applyAssignmentStatus(Database& db, const ExchangeRecord& record, const Json& c, const std::string& sourceCode) {
    const AssignmentKey k = assignmentKey(record.uid);
    const Json& n = field(c, "number");
    if (!n.is_number_integer()) throw std::invalid_argument("the field 'number' is not a whole number");
    // The id names the row; content that says otherwise is not this row.
    if (k.area != record.areaCode || textField(c, "board") != k.board || n.get<int64_t>() != k.number) {
        throw std::invalid_argument("the assignment status " + record.uid + " holds another area or assignment");
    }
    const Json& due = field(c, "due_date");
    if (!due.is_null() && !due.is_string()) throw std::invalid_argument("the field 'due_date' is not text");
    storeAssignmentStatus(db, {k.area, k.board, k.number, textField(c, "status"), textField(c, "owner"),
                               due.is_null() ? std::string() : due.get<std::string>(), textField(c, "changed_at"),
                               sourceCode});
}

void applyActionList(Database& db, const ExchangeRecord& record, const Json& c) {
    Statement& find = db.cached("SELECT id FROM action_list WHERE uid = ?");
    find.bind(1, record.uid);
    int64_t listId = 0;
    if (find.step()) {
        listId = find.getInt(0);
    } else {
        Statement& insert = db.cached(
            "INSERT INTO action_list (uid, name, for_level, source, is_example) VALUES (?, ?, ?, ?, ?)");
        insert.bind(1, record.uid).bind(2, textField(c, "name")).bind(3, textField(c, "for_level"));
        insert.bind(4, textField(c, "source"));
        bindJson(insert, 5, field(c, "is_example"));
        insert.run();
        listId = db.scalarInt("SELECT last_insert_rowid()");
    }
    // A list travels so the rows that refer to it can be read; measures only ever get added.
    Statement& add = db.cached(
        "INSERT OR IGNORE INTO measure (list_id, code, phase, topic, title_nl, title_en, description, partners, "
        "sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Json& m : field(c, "measures")) {
        add.bind(1, listId).bind(2, textField(m, "code")).bind(3, textField(m, "phase")).bind(4, textField(m, "topic"));
        add.bind(5, textField(m, "title_nl")).bind(6, textField(m, "title_en")).bind(7, textField(m, "description"));
        add.bind(8, textField(m, "partners"));
        bindJson(add, 9, field(m, "sort_order"));
        add.run();
        add.reset();
    }
}

void applyMeasureStatus(Database& db, const ExchangeRecord& record, const Json& c, const std::string& sourceCode) {
    Statement& insert = db.cached(
        "INSERT INTO measure_status (uid, measure_id, area_code, area_year, status, status_date, due_date, owner, "
        "evidence, changed_by, changed_at, source_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, record.uid).bind(2, measureIdOf(db, textField(c, "list"), textField(c, "measure")));
    insert.bind(3, record.areaCode).bind(4, areaYearOf(db, record.areaCode)).bind(5, textField(c, "status"));
    insert.bind(6, textField(c, "status_date"));
    bindJson(insert, 7, field(c, "due_date"));
    insert.bind(8, textField(c, "owner")).bind(9, textField(c, "evidence")).bind(10, textField(c, "changed_by"));
    insert.bind(11, textField(c, "changed_at")).bind(12, sourceCode);
    insert.run();
}

void applyCost(Database& db, const ExchangeRecord& record, const Json& c) {
    const int64_t measureId = measureIdOf(db, textField(c, "list"), textField(c, "measure"));
    const Json& year = field(c, "year");
    if (!year.is_number_integer()) throw std::invalid_argument("the field 'year' is not a whole number");
    // Like the cost editor: whatever rows there were for this measure, area and year become this one.
    Statement& remove = db.cached("DELETE FROM cost WHERE measure_id = ? AND area_code = ? AND year = ?");
    remove.bind(1, measureId).bind(2, record.areaCode).bind(3, year.get<int64_t>());
    remove.run();
    Statement& insert = db.cached(
        "INSERT INTO cost (measure_id, area_code, area_year, year, one_off_eur, yearly_eur, note, is_example) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, measureId).bind(2, record.areaCode).bind(3, areaYearOf(db, record.areaCode));
    insert.bind(4, year.get<int64_t>());
    bindJson(insert, 5, field(c, "one_off_eur"));
    bindJson(insert, 6, field(c, "yearly_eur"));
    insert.bind(7, textField(c, "note"));
    bindJson(insert, 8, field(c, "is_example"));
    insert.run();
}

void applyBudget(Database& db, const ExchangeRecord& record, const Json& c) {
    Statement& st = db.cached("INSERT OR REPLACE INTO budget (scope_code, year, amount_eur, note) VALUES (?, ?, ?, ?)");
    st.bind(1, record.areaCode);
    bindJson(st, 2, field(c, "year"));
    bindJson(st, 3, field(c, "amount_eur"));
    st.bind(4, textField(c, "note"));
    st.run();
}

void applyResiliencePoint(Database& db, const ExchangeRecord& record, const Json& c) {
    Statement& find = db.cached("SELECT id FROM facility WHERE uid = ?");
    find.bind(1, record.uid);
    const bool exists = find.step();
    int64_t id = exists ? find.getInt(0) : 0;
    Statement& facility = db.cached(exists
        ? "UPDATE facility SET kind = ?1, category = ?2, name = ?3, lon = ?4, lat = ?5, capacity = ?6, source = ?7, "
          "is_example = ?8, area_code = ?9, area_year = ?10 WHERE uid = ?11"
        : "INSERT INTO facility (kind, category, name, lon, lat, capacity, source, is_example, area_code, area_year, "
          "uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    facility.bind(1, textField(c, "kind")).bind(2, textField(c, "category")).bind(3, textField(c, "name"));
    bindJson(facility, 4, field(c, "lon"));
    bindJson(facility, 5, field(c, "lat"));
    bindJson(facility, 6, field(c, "capacity"));
    facility.bind(7, textField(c, "source"));
    bindJson(facility, 8, field(c, "is_example"));
    facility.bind(9, record.areaCode).bind(10, areaYearOf(db, record.areaCode)).bind(11, record.uid);
    facility.run();
    if (!exists) id = db.scalarInt("SELECT last_insert_rowid()");
    Statement& point = db.cached(
        "INSERT OR REPLACE INTO resilience_point (facility_id, point_type, status, has_emergency_power, autonomy_hours, "
        "staff, open_within_hours, step_free_access, capacity_persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    point.bind(1, id).bind(2, textField(c, "point_type")).bind(3, textField(c, "status"));
    const char* numbers[] = {"has_emergency_power", "autonomy_hours", "staff", "open_within_hours", "step_free_access",
                             "capacity_persons"};
    for (int i = 0; i < 6; ++i) bindJson(point, 4 + i, field(c, numbers[i]));
    point.run();
    Statement& clear = db.cached("DELETE FROM resilience_point_function WHERE facility_id = ?");
    clear.bind(1, id);
    clear.run();
    Statement& function = db.cached("INSERT INTO resilience_point_function (facility_id, function) VALUES (?, ?)");
    for (const Json& name : field(c, "functions")) {
        if (!name.is_string()) throw std::invalid_argument("a function of a resilience point is not text");
        function.bind(1, id).bind(2, name.get<std::string>());
        function.run();
        function.reset();
    }
}

void applyScenarioAction(Database& db, const ExchangeRecord& record, const Json& c) {
    Statement& scenario = db.cached("SELECT id FROM scenario WHERE code = ?");
    scenario.bind(1, textField(c, "scenario"));
    if (!scenario.step()) throw std::invalid_argument("the scenario " + textField(c, "scenario") + " is not known here");
    const Json& list = field(c, "list");
    std::optional<int64_t> measureId;
    if (!list.is_null()) measureId = measureIdOf(db, list.get<std::string>(), textField(c, "measure"));
    Statement& st = db.cached(
        "INSERT INTO scenario_action (uid, scenario_id, measure_id, area_code, area_year, description, status) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (uid) DO UPDATE SET scenario_id = ?2, measure_id = ?3, "
        "area_code = ?4, area_year = ?5, description = ?6, status = ?7");
    st.bind(1, record.uid).bind(2, scenario.getInt(0));
    if (measureId) st.bind(3, *measureId); else st.bind(3, nullptr);
    st.bind(4, record.areaCode).bind(5, areaYearOf(db, record.areaCode)).bind(6, textField(c, "description"));
    st.bind(7, textField(c, "status"));
    st.run();
}

void applyOrganisation(Database& db, const ExchangeRecord& record, const Json& c) {
    Statement& st = db.cached(
        "INSERT INTO organisation (uid, name, type, offers, capacity, offline_contact, lon, lat, is_example) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (uid) DO UPDATE SET name = ?2, type = ?3, "
        "offers = ?4, capacity = ?5, offline_contact = ?6, lon = ?7, lat = ?8, is_example = ?9");
    st.bind(1, record.uid).bind(2, textField(c, "name")).bind(3, textField(c, "type")).bind(4, textField(c, "offers"));
    bindJson(st, 5, field(c, "capacity"));
    st.bind(6, textField(c, "offline_contact"));
    bindJson(st, 7, field(c, "lon"));
    bindJson(st, 8, field(c, "lat"));
    bindJson(st, 9, field(c, "is_example"));
    st.run();
    Statement& idOf = db.cached("SELECT id FROM organisation WHERE uid = ?");
    idOf.bind(1, record.uid);
    idOf.step();
    const int64_t id = idOf.getInt(0);
    Statement& clear = db.cached("DELETE FROM organisation_reach WHERE organisation_id = ?");
    clear.bind(1, id);
    clear.run();
    Statement& reach = db.cached(
        "INSERT INTO organisation_reach (organisation_id, area_code, area_year, community) VALUES (?, ?, ?, ?)");
    for (const Json& row : field(c, "reach")) {
        if (!row.is_array() || row.size() != 3) throw std::invalid_argument("a reach row is not [area, year, community]");
        reach.bind(1, id);
        bindJson(reach, 2, row[0]);
        bindJson(reach, 3, row[1]);
        bindJson(reach, 4, row[2]);
        reach.run();
        reach.reset();
    }
}

}  // namespace

bool isExchangeKind(std::string_view kind) {
    return std::find(std::begin(kExchangeKinds), std::end(kExchangeKinds), kind) != std::end(kExchangeKinds);
}

bool isImmutableKind(std::string_view kind) { return kind == "measure_status"; }

bool ownsArea(const AreaDirectory& areas, const std::string& ownerCode, const std::string& areaCode) {
    if (areaCode == ownerCode) return true;
    if (!isMunicipalityCode(areas, ownerCode)) return false;
    const Area* area = areas.find(areaCode);
    return area && areas.isInside(*area, ownerCode);
}

std::vector<ExchangeRecord> ownRecords(const Database& db, const AreaDirectory& areas, const std::string& ownerCode) {
    const std::string owned = ownedCodesJson(areas, ownerCode);
    std::vector<ExchangeRecord> rows;
    std::set<std::string> listUids;
    readMeasureStatus(db, "s.area_code IN (SELECT value FROM json_each(?1))", owned, rows, listUids);
    readCosts(db, "c.area_code IN (SELECT value FROM json_each(?1))", owned, rows, listUids);
    readBudgets(db, "b.scope_code IN (SELECT value FROM json_each(?1))", owned, rows);
    readResiliencePoints(db, "f.area_code IN (SELECT value FROM json_each(?1))", owned, rows);
    readScenarioActions(db, "a.area_code IN (SELECT value FROM json_each(?1))", owned, rows, listUids);
    readOrganisations(db, areas, "", ownerCode, rows);
    readAssignmentStatuses(db, {ownerCode}, rows);  // assignments are an organisation's, never a district's
    readActionLists(db, ownerCode, listUids, rows);
    const auto rank = [](const std::string& kind) {
        return std::find(std::begin(kExchangeKinds), std::end(kExchangeKinds), kind) - std::begin(kExchangeKinds);
    };
    std::sort(rows.begin(), rows.end(), [&](const ExchangeRecord& a, const ExchangeRecord& b) {
        const auto ra = rank(a.kind), rb = rank(b.kind);
        return ra != rb ? ra < rb : a.uid < b.uid;
    });
    return rows;
}

std::optional<ExchangeRecord> currentRecord(const Database& db, const AreaDirectory& areas, std::string_view kind,
                                            const std::string& uid) {
    std::vector<ExchangeRecord> rows;
    std::set<std::string> listUids;
    if (kind == "measure_status") {
        readMeasureStatus(db, "s.uid = ?1", uid, rows, listUids);
    } else if (kind == "cost") {
        // area / list uid / code / year: the code may hold a slash, the others never do.
        const size_t lastSlash = uid.rfind('/');
        const std::string year = uid.substr(lastSlash + 1);
        const std::string head = uid.substr(0, lastSlash);
        const std::vector<std::string> q = uidParts(head, "cost/", 3);
        Json key = {q[0], q[1], q[2], year};
        readCosts(db,
                  "c.area_code = json_extract(?1, '$[0]') AND l.uid = json_extract(?1, '$[1]') AND "
                  "m.code = json_extract(?1, '$[2]') AND c.year = CAST(json_extract(?1, '$[3]') AS INTEGER)",
                  key.dump(), rows, listUids);
    } else if (kind == "budget") {
        const std::vector<std::string> p = uidParts(uid, "budget/", 2);
        readBudgets(db, "b.scope_code = json_extract(?1, '$[0]') AND b.year = CAST(json_extract(?1, '$[1]') AS INTEGER)",
                    Json{p[0], p[1]}.dump(), rows);
    } else if (kind == "resilience_point") {
        readResiliencePoints(db, "f.uid = ?1", uid, rows);
    } else if (kind == "scenario_action") {
        readScenarioActions(db, "a.uid = ?1", uid, rows, listUids);
    } else if (kind == "organisation") {
        readOrganisations(db, areas, uid, "", rows);
    } else if (kind == "action_list") {
        readActionLists(db, "", {uid}, rows);
    } else if (kind == "assignment_status") {
        std::vector<ExchangeRecord> ofArea;
        readAssignmentStatuses(db, {assignmentKey(uid).area}, ofArea);
        for (ExchangeRecord& r : ofArea) {
            if (r.uid == uid) rows.push_back(std::move(r));
        }
    } else {
        throw std::invalid_argument("unknown kind of row " + std::string(kind));
    }
    if (rows.empty()) return std::nullopt;
    if (kind == "action_list") rows.front().areaCode.clear();  // a list's area is its sender's, not stored here
    return rows.front();
}

std::string canonicalContent(std::string_view content) {
    Json parsed = Json::parse(content, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) throw std::invalid_argument("the content is not a JSON object");
    return canonical(parsed);
}

void applyRecord(Database& db, const ExchangeRecord& record, const std::string& sourceCode) {
    const Json c = Json::parse(record.content, nullptr, false);
    if (c.is_discarded() || !c.is_object()) throw std::invalid_argument("the content is not a JSON object");
    try {
        if (record.kind == "action_list") applyActionList(db, record, c);
        else if (record.kind == "measure_status") applyMeasureStatus(db, record, c, sourceCode);
        else if (record.kind == "cost") applyCost(db, record, c);
        else if (record.kind == "budget") applyBudget(db, record, c);
        else if (record.kind == "resilience_point") applyResiliencePoint(db, record, c);
        else if (record.kind == "scenario_action") applyScenarioAction(db, record, c);
        else if (record.kind == "organisation") applyOrganisation(db, record, c);
        else if (record.kind == "assignment_status") applyAssignmentStatus(db, record, c, sourceCode);
        else throw std::invalid_argument("unknown kind of row");
    } catch (const Json::exception& e) {
        throw std::invalid_argument(std::string("a field has the wrong type (") + e.what() + ")");
    }
}

bool removeRecordRow(Database& db, std::string_view kind, const std::string& uid) {
    std::vector<std::string> sql;
    Json key;
    if (kind == "cost") {
        const size_t lastSlash = uid.rfind('/');
        const std::vector<std::string> q = uidParts(uid.substr(0, lastSlash), "cost/", 3);
        key = {q[0], q[1], q[2], uid.substr(lastSlash + 1)};
        sql = {"DELETE FROM cost WHERE area_code = json_extract(?1, '$[0]') AND year = CAST(json_extract(?1, '$[3]') AS "
               "INTEGER) AND measure_id IN (SELECT m.id FROM measure m JOIN action_list l ON l.id = m.list_id "
               "WHERE l.uid = json_extract(?1, '$[1]') AND m.code = json_extract(?1, '$[2]'))"};
    } else if (kind == "budget") {
        const std::vector<std::string> p = uidParts(uid, "budget/", 2);
        key = {p[0], p[1]};
        sql = {"DELETE FROM budget WHERE scope_code = json_extract(?1, '$[0]') AND year = CAST(json_extract(?1, '$[1]') "
               "AS INTEGER)"};
    } else if (kind == "resilience_point") {
        key = uid;
        // Foreign keys are off in the dashboard: the cascades are spelled out, the row last.
        sql = {"DELETE FROM resilience_point_function WHERE facility_id IN (SELECT id FROM facility WHERE uid = json_extract(?1, '$'))",
               "DELETE FROM organisation_link WHERE facility_id IN (SELECT id FROM facility WHERE uid = json_extract(?1, '$'))",
               "DELETE FROM resilience_point WHERE facility_id IN (SELECT id FROM facility WHERE uid = json_extract(?1, '$'))",
               "DELETE FROM facility WHERE uid = json_extract(?1, '$')"};
    } else if (kind == "scenario_action") {
        key = uid;
        sql = {"DELETE FROM scenario_action WHERE uid = json_extract(?1, '$')"};
    } else if (kind == "organisation") {
        key = uid;
        sql = {"DELETE FROM organisation_reach WHERE organisation_id IN (SELECT id FROM organisation WHERE uid = json_extract(?1, '$'))",
               "DELETE FROM organisation_link WHERE organisation_id IN (SELECT id FROM organisation WHERE uid = json_extract(?1, '$'))",
               "DELETE FROM organisation WHERE uid = json_extract(?1, '$')"};
    } else if (kind == "assignment_status") {
        const AssignmentKey k = assignmentKey(uid);
        return removeAssignmentStatus(db, k.area, k.board, k.number);
    } else {
        throw std::invalid_argument("rows of kind " + std::string(kind) + " are never removed by an exchange");
    }
    int64_t removed = 0;
    for (const std::string& statement : sql) {
        Statement& st = db.cached(statement);
        st.bind(1, key.dump());
        st.run();
        removed = db.changes();
    }
    return removed > 0;
}

}  // namespace wb
