#include "io/boundary_import.h"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/areas.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"

namespace wb::io {
namespace {

std::string featureRef(size_t index, const std::string& code) {
    return "feature " + std::to_string(index + 1) + (code.empty() ? "" : " (" + code + ")");
}

// The geometry of one feature as GeoJSON text, written by the shared writer.
std::string geometryJson(const Feature& feature) {
    FeatureSet one;
    Feature geometryOnly;
    geometryOnly.polygons = feature.polygons;
    geometryOnly.points = feature.points;
    one.features.push_back(std::move(geometryOnly));
    return nlohmann::json::parse(writeGeoJson(one))["features"][0]["geometry"].dump();
}

std::string nameOf(const Feature& feature) {
    for (const char* key : {"statnaam", "name", "naam", "NAME", "gemeentenaam", "buurtnaam", "wijknaam"}) {
        if (const std::string* v = feature.property(key); v && !v->empty()) return *v;
    }
    return {};
}

// District WK + 6 digits lies in GM + its first 4; neighbourhood BU + 8 digits in WK + its first 6.
std::string parentFromCode(const std::string& code) {
    if (code.rfind("WK", 0) == 0) return "GM" + code.substr(2, 4);
    if (code.rfind("BU", 0) == 0) return "WK" + code.substr(2, 6);
    return {};
}

}  // namespace

ImportResult importBoundaries(Database& db, const FeatureSet& features, const std::string& fileName) {
    if (features.features.empty()) throw ImportError("", "the file has no features");
    Transaction tx(db);
    Statement find = db.prepare("SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1");
    Statement add = db.prepare(
        "INSERT INTO area (code, year, level, name, parent_code) VALUES (?, ?, ?, ?, ?)");
    Statement set = db.prepare(
        "UPDATE area SET geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? WHERE code = ? AND year = ?");
    ImportResult result;
    result.table = "area";
    size_t added = 0;
    for (size_t i = 0; i < features.features.size(); ++i) {
        const Feature& feature = features.features[i];
        const std::string code = cbsCodeOf(feature);
        if (code.empty()) throw ImportError(featureRef(i, ""), "no CBS area code (a statcode or code property)");
        if (feature.polygons.empty()) throw ImportError(featureRef(i, code), "has no polygon");
        find.reset();
        find.bind(1, code);
        int year = kDefaultDivisionYear;
        if (find.step()) {
            year = static_cast<int>(find.getInt(0));
        } else {
            const std::string parent = parentFromCode(code);
            const std::string name = nameOf(feature);
            if (parent.empty()) throw ImportError(featureRef(i, code), "unknown area code " + code);
            if (name.empty()) throw ImportError(featureRef(i, code), "a new area needs a name (statnaam property)");
            add.reset();
            add.bind(1, code).bind(2, year).bind(3, code[0] == 'W' ? "district" : "neighbourhood").bind(4, name);
            add.bind(5, parent).run();
            ++added;
        }
        double minLon = std::numeric_limits<double>::max(), minLat = minLon;
        double maxLon = std::numeric_limits<double>::lowest(), maxLat = maxLon;
        for (const Polygon& polygon : feature.polygons) {
            for (const LonLat& p : polygon.rings.front()) {
                minLon = std::min(minLon, p.lon);
                maxLon = std::max(maxLon, p.lon);
                minLat = std::min(minLat, p.lat);
                maxLat = std::max(maxLat, p.lat);
            }
        }
        set.reset();
        set.bind(1, geometryJson(feature)).bind(2, minLon).bind(3, minLat).bind(4, maxLon).bind(5, maxLat);
        set.bind(6, code).bind(7, year).run();
        ++result.rows;
    }
    db.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, ?, 'area', ?)")
        .bind(1, fileName).bind(2, features.sourceFormat).bind(3, result.rows).run();
    tx.commit();
    result.message = "imported " + std::to_string(result.rows) + " boundaries" +
                     (added ? " (" + std::to_string(added) + " new areas)" : "");
    return result;
}

}  // namespace wb::io
