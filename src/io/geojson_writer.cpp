#include "io/geojson_writer.h"

#include <cstdio>

#include "core/json_writer.h"
#include "io/geo_json_parsing.h"

namespace wb::io {
namespace {

using geojson_detail::numberText;

// Strings are escaped exactly as in every other JSON the program writes.
void appendString(std::string& out, std::string_view text) { appendJsonString(out, text); }

// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view text) {
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
        return i - start;
    };
    if (i < text.size() && text[i] == '-') ++i;
    if (i < text.size() && text[i] == '0') {
        ++i;
    } else if (digits() == 0) {
        return false;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (digits() == 0) return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (digits() == 0) return false;
    }
    return i == text.size();
}

// Values that were not read from JSON may not be valid as their type says; those are written as
// strings rather than producing a file nobody can read.
void appendPropertyValue(std::string& out, const Property& p) {
    switch (p.type) {
    case PropertyType::Number:
        if (isJsonNumber(p.value)) return void(out += p.value);
        break;
    case PropertyType::Boolean:
        if (p.value == "true" || p.value == "false") return void(out += p.value);
        break;
    case PropertyType::Null:
        return void(out += "null");
    case PropertyType::Json:
        if (!p.value.empty()) return void(out += p.value);
        break;
    case PropertyType::String:
        break;
    }
    appendString(out, p.value);
}

void appendPosition(std::string& out, LonLat point) {
    out += '[';
    out += numberText(point.lon);
    out += ',';
    out += numberText(point.lat);
    out += ']';
}

template <class Item, class AppendItem>
void appendArray(std::string& out, const std::vector<Item>& items, AppendItem appendItem) {
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        appendItem(out, items[i]);
    }
    out += ']';
}

void appendRing(std::string& out, const Ring& ring) { appendArray(out, ring, appendPosition); }
void appendPolygon(std::string& out, const Polygon& polygon) { appendArray(out, polygon.rings, appendRing); }

void appendPolygons(std::string& out, const std::vector<Polygon>& polygons) {
    if (polygons.size() == 1) {
        out += R"({"type":"Polygon","coordinates":)";
        appendPolygon(out, polygons[0]);
    } else {
        out += R"({"type":"MultiPolygon","coordinates":)";
        appendArray(out, polygons, appendPolygon);
    }
    out += '}';
}

void appendPoints(std::string& out, const std::vector<LonLat>& points) {
    if (points.size() == 1) {
        out += R"({"type":"Point","coordinates":)";
        appendPosition(out, points[0]);
    } else {
        out += R"({"type":"MultiPoint","coordinates":)";
        appendArray(out, points, appendPosition);
    }
    out += '}';
}

void appendGeometry(std::string& out, const Feature& feature) {
    const bool hasPolygons = !feature.polygons.empty(), hasPoints = !feature.points.empty();
    if (hasPolygons && hasPoints) {
        out += R"({"type":"GeometryCollection","geometries":[)";
        appendPolygons(out, feature.polygons);
        out += ',';
        appendPoints(out, feature.points);
        out += "]}";
    } else if (hasPolygons) {
        appendPolygons(out, feature.polygons);
    } else if (hasPoints) {
        appendPoints(out, feature.points);
    } else {
        out += "null";
    }
}

void appendFeature(std::string& out, const Feature& feature) {
    out += R"({"type":"Feature",)";
    if (!feature.id.empty()) {
        out += R"("id":)";
        appendString(out, feature.id);
        out += ',';
    }
    out += R"("properties":{)";
    for (size_t i = 0; i < feature.properties.size(); ++i) {
        if (i) out += ',';
        appendString(out, feature.properties[i].name);
        out += ':';
        appendPropertyValue(out, feature.properties[i]);
    }
    out += R"(},"geometry":)";
    appendGeometry(out, feature);
    out += '}';
}

}  // namespace

std::string writeGeometryJson(const Feature& feature) {
    std::string out;
    appendGeometry(out, feature);
    return out;
}

std::string writeGeoJson(const FeatureSet& set) {
    std::string out = R"({"type":"FeatureCollection",)";
    if (!set.layerName.empty()) {
        out += R"("name":)";
        appendString(out, set.layerName);
        out += ',';
    }
    out += "\"features\":[\n";
    for (size_t i = 0; i < set.features.size(); ++i) {
        appendFeature(out, set.features[i]);
        out += i + 1 < set.features.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

}  // namespace wb::io
