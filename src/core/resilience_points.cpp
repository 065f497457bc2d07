#include "core/resilience_points.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

namespace wb {
namespace {

// The domain of the RD projection, a box around the Netherlands with its coastal waters.
constexpr double kMinLon = 3.2, kMaxLon = 7.3, kMinLat = 50.7, kMaxLat = 53.7;

const std::vector<std::string>& knownTypes() {
    static const std::vector<std::string> list = {"local", "fire_station"};
    return list;
}
const std::vector<std::string>& knownStatuses() {
    static const std::vector<std::string> list = {"candidate", "planned", "active", "inactive"};
    return list;
}
const std::vector<std::string>& knownFunctions() {
    static const std::vector<std::string> list = {"information", "drinking_water", "food", "medication_care",
                                                  "emergency_communication", "warmth_charging"};
    return list;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool negative(const std::optional<double>& v) { return v && (!std::isfinite(*v) || *v < 0); }
bool negative(const std::optional<int64_t>& v) { return v && *v < 0; }

// facility.kind and facility.category of a point type: the map's layers go by these.
const char* facilityKind(const std::string& pointType) {
    return pointType == "fire_station" ? "fire_station" : "resilience_point";
}
const char* facilityCategory(const std::string& pointType) {
    return pointType == "fire_station" ? "fire_station" : "local_point";
}

template <class T>
void bindOptional(Statement& s, int index, const std::optional<T>& value) {
    if (value) s.bind(index, *value); else s.bind(index, nullptr);
}

void requireValid(const ResiliencePoint& point) {
    const auto problems = resiliencePointProblems(point);
    if (problems.empty()) return;
    std::string message = "invalid resilience point:";
    for (const auto& p : problems) message += " " + p + ";";
    message.pop_back();
    throw std::invalid_argument(message);
}

void bindFacility(Statement& s, const ResiliencePoint& p) {
    s.bind(1, facilityKind(p.pointType)).bind(2, facilityCategory(p.pointType)).bind(3, p.name);
    s.bind(4, p.lon).bind(5, p.lat);
    if (p.areaCode.empty()) s.bind(6, nullptr).bind(7, nullptr); else s.bind(6, p.areaCode).bind(7, p.areaYear);
    bindOptional(s, 8, p.capacityPersons);
    s.bind(9, p.source);
}

void writeAttributes(Database& db, int64_t id, const ResiliencePoint& p) {
    auto point = db.prepare(
        "INSERT OR REPLACE INTO resilience_point (facility_id, point_type, status, has_emergency_power, autonomy_hours, "
        "staff, open_within_hours, step_free_access, capacity_persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    point.bind(1, id).bind(2, p.pointType).bind(3, p.status).bind(4, p.emergencyPower ? 1 : 0);
    bindOptional(point, 5, p.autonomyHours);
    bindOptional(point, 6, p.staff);
    bindOptional(point, 7, p.openWithinHours);
    point.bind(8, p.stepFreeAccess ? 1 : 0);
    bindOptional(point, 9, p.capacityPersons);
    point.run();
    auto clear = db.prepare("DELETE FROM resilience_point_function WHERE facility_id = ?");
    clear.bind(1, id);
    clear.run();
    auto function = db.prepare("INSERT OR IGNORE INTO resilience_point_function (facility_id, function) VALUES (?, ?)");
    for (const auto& f : p.functions) {
        function.bind(1, id).bind(2, f);
        function.run();
    }
}

constexpr const char* kSelectPoints =
    "SELECT f.id, f.name, r.point_type, r.status, f.lon, f.lat, f.area_code, f.area_year, r.has_emergency_power, "
    "r.autonomy_hours, r.staff, r.open_within_hours, r.step_free_access, r.capacity_persons, f.source, f.is_example "
    "FROM resilience_point r JOIN facility f ON f.id = r.facility_id ";

ResiliencePoint readPoint(const Statement& s) {
    ResiliencePoint p;
    p.id = s.getInt(0);
    p.name = s.getText(1);
    p.pointType = s.getText(2);
    p.status = s.getText(3);
    p.lon = s.getDouble(4);
    p.lat = s.getDouble(5);
    if (!s.isNull(6)) p.areaCode = s.getText(6);
    if (!s.isNull(7)) p.areaYear = static_cast<int>(s.getInt(7));
    p.emergencyPower = s.getInt(8) != 0;
    if (!s.isNull(9)) p.autonomyHours = s.getDouble(9);
    if (!s.isNull(10)) p.staff = s.getInt(10);
    if (!s.isNull(11)) p.openWithinHours = s.getDouble(11);
    p.stepFreeAccess = s.getInt(12) != 0;
    if (!s.isNull(13)) p.capacityPersons = s.getInt(13);
    p.source = s.getText(14);
    p.isExample = s.getInt(15) != 0;
    return p;
}

}  // namespace

std::vector<std::string> resiliencePointProblems(const ResiliencePoint& p) {
    std::vector<std::string> problems;
    if (p.name.find_first_not_of(" \t") == std::string::npos) problems.push_back("a name is required");
    if (!contains(knownTypes(), p.pointType)) problems.push_back("unknown point type '" + p.pointType + "'");
    if (!contains(knownStatuses(), p.status)) problems.push_back("unknown status '" + p.status + "'");
    for (const auto& f : p.functions) {
        if (!contains(knownFunctions(), f)) problems.push_back("unknown function '" + f + "'");
    }
    if (!(p.lon >= kMinLon && p.lon <= kMaxLon && p.lat >= kMinLat && p.lat <= kMaxLat)) {
        problems.push_back("the coordinates lie outside the Netherlands");
    }
    if (negative(p.autonomyHours)) problems.push_back("hours of autonomy cannot be negative");
    if (negative(p.openWithinHours)) problems.push_back("the time to open cannot be negative");
    if (negative(p.staff)) problems.push_back("staff cannot be negative");
    if (negative(p.capacityPersons)) problems.push_back("capacity cannot be negative");
    if (p.autonomyHours && *p.autonomyHours > 0 && !p.emergencyPower) {
        problems.push_back("hours of autonomy need emergency power");
    }
    return problems;
}

std::vector<ResiliencePoint> listResiliencePoints(const Database& db) {
    std::vector<ResiliencePoint> points;
    std::unordered_map<int64_t, size_t> indexOf;
    auto query = db.prepare(std::string(kSelectPoints) + "ORDER BY f.id");
    while (query.step()) {
        indexOf[query.getInt(0)] = points.size();
        points.push_back(readPoint(query));
    }
    auto functions = db.prepare("SELECT facility_id, function FROM resilience_point_function ORDER BY facility_id, function");
    while (functions.step()) {
        const auto found = indexOf.find(functions.getInt(0));
        if (found != indexOf.end()) points[found->second].functions.push_back(functions.getText(1));
    }
    return points;
}

std::optional<ResiliencePoint> findResiliencePoint(const Database& db, int64_t id) {
    auto query = db.prepare(std::string(kSelectPoints) + "WHERE f.id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    ResiliencePoint point = readPoint(query);
    auto functions = db.prepare("SELECT function FROM resilience_point_function WHERE facility_id = ? ORDER BY function");
    functions.bind(1, id);
    while (functions.step()) point.functions.push_back(functions.getText(0));
    return point;
}

int64_t addResiliencePoint(Database& db, const ResiliencePoint& point) {
    requireValid(point);
    Transaction tx(db);
    auto facility = db.prepare(
        "INSERT INTO facility (kind, category, name, lon, lat, area_code, area_year, capacity, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFacility(facility, point);
    facility.run();
    const int64_t id = db.scalarInt("SELECT last_insert_rowid()");
    writeAttributes(db, id, point);
    tx.commit();
    return id;
}

void updateResiliencePoint(Database& db, const ResiliencePoint& point) {
    requireValid(point);
    Transaction tx(db);
    auto facility = db.prepare(
        "UPDATE facility SET kind = ?, category = ?, name = ?, lon = ?, lat = ?, area_code = ?, area_year = ?, "
        "capacity = ?, source = ? WHERE id = ? AND id IN (SELECT facility_id FROM resilience_point)");
    bindFacility(facility, point);
    facility.bind(10, point.id);
    facility.run();
    if (db.changes() == 0) throw std::invalid_argument("no resilience point with id " + std::to_string(point.id));
    writeAttributes(db, point.id, point);
    tx.commit();
}

bool removeResiliencePoint(Database& db, int64_t id) {
    Transaction tx(db);
    // Foreign keys are off in the dashboard, so the cascades are spelled out.
    for (const char* sql : {"DELETE FROM resilience_point_function WHERE facility_id = ?",
                            "DELETE FROM organisation_link WHERE facility_id = ?",
                            "DELETE FROM resilience_point WHERE facility_id = ?"}) {
        auto s = db.prepare(sql);
        s.bind(1, id);
        s.run();
    }
    const bool existed = db.changes() > 0;
    if (existed) {
        auto facility = db.prepare("DELETE FROM facility WHERE id = ?");  // the trigger drops the R*Tree entry
        facility.bind(1, id);
        facility.run();
    }
    tx.commit();
    return existed;
}

int64_t addFireStationsAsCandidates(Database& db) {
    Transaction tx(db);
    db.exec(
        "CREATE TEMP TABLE new_candidates AS SELECT id FROM facility WHERE kind = 'fire_station' "
        "AND id NOT IN (SELECT facility_id FROM resilience_point)");
    const int64_t added = db.scalarInt("SELECT count(*) FROM new_candidates");
    db.exec(
        "INSERT INTO resilience_point (facility_id, point_type, status) "
        "SELECT id, 'fire_station', 'candidate' FROM new_candidates;"
        "INSERT INTO resilience_point_function (facility_id, function) "
        "SELECT id, 'information' FROM new_candidates UNION ALL SELECT id, 'emergency_communication' FROM new_candidates;"
        "DROP TABLE new_candidates;");
    tx.commit();
    return added;
}

bool worksAtOutageHour(const ResiliencePoint& point, double hour) {
    return point.emergencyPower && point.autonomyHours.value_or(0.0) >= hour;
}

bool qualifies(const ResiliencePoint& point, const PointQualification& q) {
    if (!contains(q.statuses, point.status)) return false;
    if (q.requireEmergencyPower && !point.emergencyPower) return false;
    for (const auto& f : q.functions) {
        if (!contains(point.functions, f)) return false;
    }
    return !q.outageHour || worksAtOutageHour(point, *q.outageHour);
}

}  // namespace wb
