#include "core/organisations.h"

#include <cmath>
#include <stdexcept>
#include <unordered_map>

#include "core/text_split.h"

namespace wb {
namespace {

// LIKE pattern for "contains `word`", with the pattern characters of the word escaped.
std::string containsPattern(const std::string& word) {
    std::string out = "%";
    for (char c : word) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

std::string joinOffers(const std::vector<std::string>& offers) {
    std::string out;
    for (const auto& o : offers) out += (out.empty() ? "" : ",") + o;
    return out;
}

std::string idList(const std::vector<Organisation>& organisations) {
    std::string out;
    for (const auto& o : organisations) out += (out.empty() ? "" : ",") + std::to_string(o.id);
    return out;
}

// Reach and links of the organisations, in one query each.
void loadRelations(const Database& db, std::vector<Organisation>& organisations) {
    if (organisations.empty()) return;
    std::unordered_map<int64_t, Organisation*> byId;
    for (auto& o : organisations) byId[o.id] = &o;
    const std::string ids = idList(organisations);  // integers only: safe to splice into the SQL
    auto reach = db.prepare("SELECT organisation_id, area_code, area_year, community FROM organisation_reach "
                            "WHERE organisation_id IN (" + ids + ") ORDER BY organisation_id, area_code, community");
    while (reach.step()) {
        byId.at(reach.getInt(0))->reach.push_back({reach.getText(1), static_cast<int>(reach.getInt(2)), reach.getText(3)});
    }
    auto links = db.prepare("SELECT organisation_id, facility_id, scenario_id FROM organisation_link "
                            "WHERE organisation_id IN (" + ids + ") ORDER BY organisation_id, facility_id, scenario_id");
    while (links.step()) {
        Organisation* o = byId.at(links.getInt(0));
        if (!links.isNull(1)) o->pointIds.push_back(links.getInt(1));
        if (!links.isNull(2)) o->scenarioIds.push_back(links.getInt(2));
    }
}

constexpr const char* kColumns = "o.id, o.name, o.type, o.offers, o.capacity, o.offline_contact, o.lon, o.lat, o.is_example";

Organisation readOrganisation(const Statement& s) {
    Organisation o;
    o.id = s.getInt(0);
    o.name = s.getText(1);
    o.type = s.getText(2);
    o.offers = splitOffers(s.getText(3));
    if (!s.isNull(4)) o.capacity = s.getInt(4);
    o.offlineContact = s.getText(5);
    if (!s.isNull(6) && !s.isNull(7)) {
        o.lon = s.getDouble(6);
        o.lat = s.getDouble(7);
    }
    o.isExample = s.getInt(8) != 0;
    return o;
}

void requireValid(const Organisation& o) {
    if (o.name.find_first_not_of(" \t") == std::string::npos) throw std::invalid_argument("an organisation needs a name");
    if (o.type.empty()) throw std::invalid_argument("an organisation needs a type");
    if (o.capacity && *o.capacity < 0) throw std::invalid_argument("capacity cannot be negative");
    if (o.lon.has_value() != o.lat.has_value()) throw std::invalid_argument("a position needs both lon and lat");
    if (o.lon && !(std::fabs(*o.lon) <= 180 && std::fabs(*o.lat) <= 90)) throw std::invalid_argument("invalid position");
}

void writeRelations(Database& db, int64_t id, const Organisation& o) {
    for (const char* sql : {"DELETE FROM organisation_reach WHERE organisation_id = ?",
                            "DELETE FROM organisation_link WHERE organisation_id = ?"}) {
        auto s = db.prepare(sql);
        s.bind(1, id);
        s.run();
    }
    auto reach = db.prepare("INSERT OR IGNORE INTO organisation_reach (organisation_id, area_code, area_year, community) "
                            "VALUES (?, ?, ?, ?)");
    for (const auto& r : o.reach) {
        reach.bind(1, id).bind(2, r.areaCode).bind(3, r.areaYear).bind(4, r.community);
        reach.run();
    }
    auto link = db.prepare("INSERT INTO organisation_link (organisation_id, facility_id, scenario_id) VALUES (?, ?, ?)");
    for (int64_t point : o.pointIds) {
        link.bind(1, id).bind(2, point).bind(3, nullptr);
        link.run();
    }
    for (int64_t scenario : o.scenarioIds) {
        link.bind(1, id).bind(2, nullptr).bind(3, scenario);
        link.run();
    }
}

void bindOrganisation(Statement& s, const Organisation& o) {
    s.bind(1, o.name).bind(2, o.type).bind(3, joinOffers(o.offers));
    if (o.capacity) s.bind(4, *o.capacity); else s.bind(4, nullptr);
    s.bind(5, o.offlineContact);
    if (o.lon) s.bind(6, *o.lon).bind(7, *o.lat); else s.bind(6, nullptr).bind(7, nullptr);
}

}  // namespace

std::vector<std::string> splitOffers(const std::string& text) { return splitTrimmed(text, ','); }

std::vector<Organisation> searchOrganisations(const Database& db, const OrganisationSearch& search) {
    // Parameters: ?1 offer, ?2 type, ?3 area code, ?4 area year, ?5 scenario, ?6 point, ?7 limit, ?8.. words.
    std::string sql =
        "WITH RECURSIVE chosen(code, year) AS (SELECT ?3, CASE WHEN ?4 > 0 THEN ?4 ELSE "
        "  (SELECT max(year) FROM area WHERE code = ?3) END), "
        // The area and every area inside it...
        "inside(code, year) AS (SELECT code, year FROM chosen UNION "
        "  SELECT a.code, a.year FROM area a JOIN inside i ON a.parent_code = i.code AND a.year = i.year), "
        // ...and the areas it lies in: an organisation that reaches the whole region reaches its towns.
        "around(code, year) AS (SELECT a.parent_code, a.year FROM area a JOIN chosen c ON a.code = c.code AND a.year = c.year "
        "  WHERE a.parent_code IS NOT NULL UNION "
        "  SELECT a.parent_code, a.year FROM area a JOIN around u ON a.code = u.code AND a.year = u.year "
        "  WHERE a.parent_code IS NOT NULL) "
        "SELECT " + std::string(kColumns) + " FROM organisation o WHERE 1 "
        "AND (?1 = '' OR ',' || replace(o.offers, ' ', '') || ',' LIKE '%,' || ?1 || ',%') "
        "AND (?2 = '' OR o.type = ?2) "
        "AND (?3 = '' OR EXISTS (SELECT 1 FROM organisation_reach r WHERE r.organisation_id = o.id AND "
        "  ((r.area_code, r.area_year) IN (SELECT code, year FROM inside) OR "
        "   (r.area_code, r.area_year) IN (SELECT code, year FROM around)))) "
        "AND (?5 IS NULL OR EXISTS (SELECT 1 FROM organisation_link l WHERE l.organisation_id = o.id AND l.scenario_id = ?5)) "
        "AND (?6 IS NULL OR EXISTS (SELECT 1 FROM organisation_link l WHERE l.organisation_id = o.id AND l.facility_id = ?6)) ";
    const auto textWords = wordsOf(search.text);
    for (size_t w = 0; w < textWords.size(); ++w) {
        const std::string p = "?" + std::to_string(8 + w);
        sql += "AND (o.name LIKE " + p + " ESCAPE '\\' OR o.type LIKE " + p + " ESCAPE '\\' OR o.offers LIKE " + p +
               " ESCAPE '\\' OR o.offline_contact LIKE " + p + " ESCAPE '\\' OR EXISTS (SELECT 1 FROM organisation_reach r "
               "WHERE r.organisation_id = o.id AND r.community LIKE " + p + " ESCAPE '\\')) ";
    }
    sql += "ORDER BY o.name, o.id LIMIT ?7";
    auto query = db.prepare(sql);
    query.bind(1, search.offer).bind(2, search.type).bind(3, search.areaCode).bind(4, search.areaYear);
    if (search.scenarioId) query.bind(5, *search.scenarioId); else query.bind(5, nullptr);
    if (search.pointId) query.bind(6, *search.pointId); else query.bind(6, nullptr);
    query.bind(7, search.limit);
    for (size_t w = 0; w < textWords.size(); ++w) query.bind(static_cast<int>(8 + w), containsPattern(textWords[w]));
    std::vector<Organisation> out;
    while (query.step()) out.push_back(readOrganisation(query));
    loadRelations(db, out);
    return out;
}

std::optional<Organisation> findOrganisation(const Database& db, int64_t id) {
    auto query = db.prepare("SELECT " + std::string(kColumns) + " FROM organisation o WHERE o.id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    std::vector<Organisation> one{readOrganisation(query)};
    loadRelations(db, one);
    return one.front();
}

int64_t addOrganisation(Database& db, const Organisation& organisation) {
    requireValid(organisation);
    Transaction tx(db);
    auto insert = db.prepare("INSERT INTO organisation (name, type, offers, capacity, offline_contact, lon, lat) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindOrganisation(insert, organisation);
    insert.run();
    const int64_t id = db.scalarInt("SELECT last_insert_rowid()");
    writeRelations(db, id, organisation);
    tx.commit();
    return id;
}

void updateOrganisation(Database& db, const Organisation& organisation) {
    requireValid(organisation);
    Transaction tx(db);
    auto update = db.prepare("UPDATE organisation SET name = ?, type = ?, offers = ?, capacity = ?, offline_contact = ?, "
                             "lon = ?, lat = ? WHERE id = ?");
    bindOrganisation(update, organisation);
    update.bind(8, organisation.id);
    update.run();
    if (db.changes() == 0) throw std::invalid_argument("no organisation with id " + std::to_string(organisation.id));
    writeRelations(db, organisation.id, organisation);
    tx.commit();
}

bool removeOrganisation(Database& db, int64_t id) {
    Transaction tx(db);
    // Foreign keys are off in the dashboard: the cascades are spelled out.
    for (const char* sql : {"DELETE FROM organisation_reach WHERE organisation_id = ?",
                            "DELETE FROM organisation_link WHERE organisation_id = ?",
                            "DELETE FROM organisation WHERE id = ?"}) {
        auto s = db.prepare(sql);
        s.bind(1, id);
        s.run();
    }
    const bool existed = db.changes() > 0;
    tx.commit();
    return existed;
}

}  // namespace wb
