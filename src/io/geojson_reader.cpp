#include "io/geojson_reader.h"

#include <nlohmann/json.hpp>

#include "io/file_coordinates.h"
#include "io/geo_geometry_walk.h"
#include "io/geo_json_parsing.h"
#include "io/geojson_stream.h"

namespace wb::io {
namespace geojson_detail {
namespace {

bool isSupportedGeometryType(const std::string& type) {
    return type == "Polygon" || type == "MultiPolygon" || type == "Point" || type == "MultiPoint" ||
           type == "GeometryCollection";
}

// The coordinate system a document declares in its "crs" member (GeoJSON 2008, as GDAL's ogr2ogr
// still writes it for anything but WGS84): nullopt when it has none. RFC 7946 dropped the member
// and made WGS84 the only system, but PDOK's services hand out RD New, and ogr2ogr keeps it.
std::optional<CoordinateSystem> declaredCoordinateSystem(const Json& document) {
    const auto crs = document.find("crs");
    if (crs == document.end() || crs->is_null()) return std::nullopt;
    const auto member = [](const Json& object, const char* name) -> const Json* {
        if (!object.is_object()) return nullptr;
        const auto found = object.find(name);
        return found == object.end() ? nullptr : &*found;
    };
    const Json* type = member(*crs, "type");
    const Json* properties = member(*crs, "properties");
    const Json* name = properties ? member(*properties, "name") : nullptr;
    if (!type || *type != "name" || !name || !name->is_string())
        fail("crs", "\"crs\" must name the coordinate system: {\"type\": \"name\", \"properties\": {\"name\": ...}}");
    const std::string& text = name->get_ref<const std::string&>();
    const auto system = coordinateSystemNamed(text);
    if (!system)
        fail("crs", "the coordinate system " + inQuotes(text) +
                        " is not supported: use WGS84 (EPSG:4326) or RD New (EPSG:28992)");
    return system;
}

class GeoJsonDecoder {
public:
    GeoJsonDecoder(const GeoReadLimits& limits, std::optional<CoordinateSystem> declared)
        : budget_(limits.maxPositions), coordinates_(declared) {}

    bool convertedFromRdNew() const { return coordinates_.convertedFromRdNew(); }

    Feature decodeFeature(const Json& json, size_t number) {
        std::string where = "feature " + std::to_string(number);
        if (!json.is_object()) fail(where, "a feature must be a JSON object");
        const std::string type = readType(json, where, "the feature");
        if (type != "Feature") fail(where, "expected a Feature, found type " + inQuotes(type));
        Feature feature;
        if (const auto properties = json.find("properties"); properties != json.end())
            feature.properties = readProperties(*properties, where);
        feature.id = readId(json);
        where = featureWhere(number, feature);
        // RFC 7946 requires the member, but a missing one can only mean "no geometry": accept it as null.
        if (const auto geometry = json.find("geometry"); geometry != json.end())
            decodeGeometry(*geometry, feature, where);
        return feature;
    }

    void decodeGeometry(const Json& geometry, Feature& feature, const std::string& where) {
        if (geometry.is_null()) return;
        if (!geometry.is_object()) fail(where, "\"geometry\" must be an object or null");
        const std::string type = readType(geometry, where, "the geometry");
        if (type == "LineString" || type == "MultiLineString")
            fail(where, type + " geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint");
        if (!isSupportedGeometryType(type)) fail(where, "unknown geometry type " + inQuotes(type));

        if (type == "GeometryCollection") {
            // Nesting is bounded by the parser's nesting limit, so this recursion is too.
            const auto members = geometry.find("geometries");
            if (members == geometry.end() || !members->is_array())
                fail(where, "a GeometryCollection needs a \"geometries\" array");
            for (const Json& member : *members) decodeGeometry(member, feature, where);
            return;
        }

        const auto coordinates = geometry.find("coordinates");
        if (coordinates == geometry.end()) fail(where, type + " has no \"coordinates\"");
        if (!coordinates->is_array()) fail(where, "\"coordinates\" of a " + type + " must be an array");
        if (coordinates->empty()) return;  // RFC 7946 3.1: an empty geometry, read as none

        decodeSimpleGeometry(type, *coordinates, feature, where, budget_,
                             [&](const Json& p, const GeometryPath& path) { return decodePosition(p, where, path); },
                             [&](const Json& r, const GeometryPath& path) { return decodeRing(r, where, path); });
    }

private:
    LonLat decodePosition(const Json& position, const std::string& where, const GeometryPath& path) {
        const LonLat raw = readRawPosition(position, where, path);
        return coordinates_.toLonLat(raw.lon, raw.lat, where, path);
    }

    Ring decodeRing(const Json& positions, const std::string& where, GeometryPath path) {
        if (!positions.is_array()) fail(where, path.message("a ring must be an array of positions"));
        budget_.spend(positions.size(), where);
        Ring ring;
        ring.reserve(positions.size());
        LonLat first{}, last{};  // as written in the file
        for (size_t i = 0; i < positions.size(); ++i) {
            GeometryPath at = path;
            at.position = i + 1;
            last = readRawPosition(positions[i], where, at);
            if (i == 0) first = last;
            ring.push_back(coordinates_.toLonLat(last.lon, last.lat, where, at));
        }
        checkRingSize(ring, where, path);
        checkRingClosed(first, last, where, path);
        return ring;
    }

    PositionBudget budget_;
    FileCoordinates coordinates_;
};

}  // namespace

FeatureSet decodeGeoJson(const Json& document, const GeoReadLimits& limits) {
    if (!document.is_object())
        fail("", std::string("not GeoJSON: the file holds a JSON ") + document.type_name() + ", not an object");
    const std::string type = readType(document, "", "the file");
    FeatureSet set;
    set.sourceFormat = "GeoJSON";
    if (const auto name = document.find("name"); name != document.end() && name->is_string())
        set.layerName = name->get<std::string>();

    GeoJsonDecoder decoder(limits, declaredCoordinateSystem(document));
    if (type == "FeatureCollection") {
        const auto features = document.find("features");
        if (features == document.end() || !features->is_array())
            fail("", "a FeatureCollection needs a \"features\" array");
        set.features.reserve(features->size());
        for (size_t i = 0; i < features->size(); ++i) set.features.push_back(decoder.decodeFeature((*features)[i], i + 1));
    } else if (type == "Feature") {
        set.features.push_back(decoder.decodeFeature(document, 1));
    } else if (type == "Topology") {
        fail("", "this is TopoJSON, not GeoJSON");
    } else if (isSupportedGeometryType(type) || type == "LineString" || type == "MultiLineString") {
        Feature feature;
        decoder.decodeGeometry(document, feature, "geometry");
        set.features.push_back(std::move(feature));
    } else {
        fail("", "unknown GeoJSON type " + inQuotes(type));
    }
    set.convertedFromRdNew = decoder.convertedFromRdNew();
    return set;
}

}  // namespace geojson_detail

FeatureSet readGeoJson(std::string_view text, const GeoReadLimits& limits) {
    if (auto ordinary = readGeoJsonFeatureStream(text, limits)) return std::move(*ordinary);
    return geojson_detail::decodeGeoJson(geojson_detail::parseJsonText(text, limits), limits);
}

}  // namespace wb::io
