#include "core/areas.h"

namespace wb {
namespace {

Area readArea(const Statement& st) {
    Area a;
    a.code = st.getText(0);
    a.name = st.getText(1);
    a.level = areaLevelFromString(st.getTextView(2)).value_or(AreaLevel::Municipality);
    a.parentCode = st.getText(3);
    a.centroidLon = st.getDouble(4);
    a.centroidLat = st.getDouble(5);
    return a;
}

constexpr const char* kAreaColumns = "SELECT code, name, level, coalesce(parent_code, ''), "
                                     "coalesce(centroid_lon, 0), coalesce(centroid_lat, 0) FROM area ";

}  // namespace

std::vector<Area> areasAtLevel(const Database& db, AreaLevel level, int year) {
    Statement st = db.prepare(std::string(kAreaColumns) + "WHERE level = ? AND year = ? ORDER BY code");
    st.bind(1, toString(level)).bind(2, year);
    std::vector<Area> out;
    while (st.step()) out.push_back(readArea(st));
    return out;
}

std::vector<Area> childAreas(const Database& db, const std::string& parentCode, int year) {
    Statement st = db.prepare(std::string(kAreaColumns) + "WHERE parent_code = ? AND year = ? ORDER BY name");
    st.bind(1, parentCode).bind(2, year);
    std::vector<Area> out;
    while (st.step()) out.push_back(readArea(st));
    return out;
}

namespace {

constexpr const char* kIndicatorColumns =
    "SELECT i.id, i.name_nl, i.name_en, i.unit_nl, i.unit_en, i.source, i.is_count_of_people FROM indicator i ";

IndicatorInfo readIndicator(const Statement& st) {
    return IndicatorInfo{st.getText(0), st.getText(1), st.getText(2), st.getText(3),
                         st.getText(4), st.getText(5), st.getInt(6) != 0};
}

}  // namespace

std::optional<IndicatorInfo> indicatorInfo(const Database& db, const std::string& indicatorId) {
    Statement st = db.prepare(std::string(kIndicatorColumns) + "WHERE i.id = ?");
    st.bind(1, indicatorId);
    if (!st.step()) return std::nullopt;
    return readIndicator(st);
}

std::vector<IndicatorInfo> indicatorsWithValuesAt(const Database& db, AreaLevel level) {
    Statement st = db.prepare(std::string(kIndicatorColumns) +
                              "WHERE EXISTS (SELECT 1 FROM indicator_value v JOIN area a ON a.code = v.area_code "
                              "AND a.year = v.area_year WHERE v.indicator_id = i.id AND a.level = ?) "
                              "ORDER BY i.name_nl");
    st.bind(1, toString(level));
    std::vector<IndicatorInfo> out;
    while (st.step()) out.push_back(readIndicator(st));
    return out;
}

std::vector<std::optional<double>> latestIndicatorValues(const Database& db, const std::string& indicatorId,
                                                         const std::vector<Area>& areas) {
    Statement st = db.prepare(
        "SELECT value FROM indicator_value WHERE indicator_id = ? AND area_code = ? AND value IS NOT NULL "
        "ORDER BY period DESC LIMIT 1");
    st.bind(1, indicatorId);
    std::vector<std::optional<double>> out;
    out.reserve(areas.size());
    for (const Area& area : areas) {
        st.reset();
        st.bind(2, area.code);
        out.push_back(st.step() ? std::optional<double>(st.getDouble(0)) : std::nullopt);
    }
    return out;
}

std::vector<AreaIndicatorValue> areaIndicatorValues(const Database& db, const std::string& areaCode) {
    // With max(), SQLite takes the bare column `value` from the row of the latest period.
    Statement st = db.prepare(
        "SELECT i.id, i.name_nl, i.name_en, i.unit_nl, i.unit_en, i.source, i.is_count_of_people, latest.value, "
        "latest.period FROM indicator i JOIN (SELECT indicator_id, value, max(period) AS period FROM indicator_value "
        "WHERE area_code = ? AND value IS NOT NULL GROUP BY indicator_id) latest ON latest.indicator_id = i.id "
        "ORDER BY i.name_nl");
    st.bind(1, areaCode);
    std::vector<AreaIndicatorValue> out;
    while (st.step()) out.push_back({readIndicator(st), st.getDouble(7), static_cast<int>(st.getInt(8))});
    return out;
}

}  // namespace wb
