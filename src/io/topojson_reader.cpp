#include "io/topojson_reader.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "io/file_coordinates.h"
#include "io/geo_geometry_walk.h"
#include "io/geo_json_parsing.h"

namespace wb::io {
namespace geojson_detail {
namespace {

using Arc = std::vector<LonLat>;

// Quantised arcs store integers, decoded exactly, so arcs that meet share bit-identical end points.
// The tolerance only absorbs what unquantised files written with different rounding leave behind
// (1e-9 degrees is about 0.1 mm).
constexpr double kJoinTolerance = 1e-9;

bool nearlyEqual(LonLat a, LonLat b) {
    return std::fabs(a.lon - b.lon) <= kJoinTolerance && std::fabs(a.lat - b.lat) <= kJoinTolerance;
}

struct Transform {
    bool quantised = false;
    double scaleX = 1, scaleY = 1, translateX = 0, translateY = 0;

    LonLat apply(double x, double y) const {
        return quantised ? LonLat{x * scaleX + translateX, y * scaleY + translateY} : LonLat{x, y};
    }
};

void readNumberPair(const Json& transform, const char* member, double& first, double& second) {
    const auto pair = transform.find(member);
    if (pair == transform.end() || !pair->is_array() || pair->size() != 2 || !(*pair)[0].is_number() ||
        !(*pair)[1].is_number())
        fail("transform", std::string("\"") + member + "\" must be an array of two numbers");
    first = (*pair)[0].get<double>();
    second = (*pair)[1].get<double>();
    if (!std::isfinite(first) || !std::isfinite(second))
        fail("transform", std::string("\"") + member + "\" holds a number that is not finite");
}

Transform readTransform(const Json& document) {
    Transform transform;
    const auto json = document.find("transform");
    if (json == document.end() || json->is_null()) return transform;
    if (!json->is_object()) fail("transform", "\"transform\" must be an object");
    transform.quantised = true;
    readNumberPair(*json, "scale", transform.scaleX, transform.scaleY);
    readNumberPair(*json, "translate", transform.translateX, transform.translateY);
    return transform;
}

class TopoJsonDecoder {
public:
    TopoJsonDecoder(const Json& document, const GeoReadLimits& limits)
        : transform_(readTransform(document)), budget_(limits.maxPositions) {
        decodeArcs(document);
    }

    bool convertedFromRdNew() const { return coordinates_.convertedFromRdNew(); }

    Feature decodeFeature(const Json& json, size_t number) {
        std::string where = "feature " + std::to_string(number);
        if (!json.is_object()) fail(where, "a geometry object must be a JSON object");
        Feature feature;
        if (const auto properties = json.find("properties"); properties != json.end())
            feature.properties = readProperties(*properties, where);
        feature.id = readId(json);
        where = featureWhere(number, feature);
        decodeGeometry(json, feature, where);
        return feature;
    }

private:
    void decodeArcs(const Json& document) {
        const auto arcs = document.find("arcs");
        if (arcs == document.end() || !arcs->is_array()) fail("", "a Topology needs an \"arcs\" array");
        arcs_.reserve(arcs->size());
        for (size_t i = 0; i < arcs->size(); ++i) {
            const std::string where = "arc " + std::to_string(i);
            const Json& positions = (*arcs)[i];
            if (!positions.is_array()) fail(where, "an arc must be an array of positions");
            if (positions.size() < 2)
                fail(where, "an arc needs at least 2 positions, this one has " + std::to_string(positions.size()));
            budget_.spend(positions.size(), where);
            Arc arc;
            arc.reserve(positions.size());
            double x = 0, y = 0;  // running sums of the deltas of a quantised arc
            for (size_t k = 0; k < positions.size(); ++k) {
                GeometryPath path;
                path.position = k + 1;
                const LonLat raw = readRawPosition(positions[k], where, path);
                LonLat point = raw;
                if (transform_.quantised) {
                    x += raw.lon;
                    y += raw.lat;
                    point = transform_.apply(x, y);
                }
                arc.push_back(coordinates_.toLonLat(point.lon, point.lat, where, path));
            }
            arcs_.push_back(std::move(arc));
        }
    }

    void decodeGeometry(const Json& geometry, Feature& feature, const std::string& where) {
        if (geometry.is_null()) return;
        if (!geometry.is_object()) fail(where, "a geometry must be a JSON object");
        if (const auto type = geometry.find("type"); type != geometry.end() && type->is_null()) return;
        const std::string type = readType(geometry, where, "the geometry");
        if (type == "LineString" || type == "MultiLineString")
            fail(where, type + " geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint");

        if (type == "GeometryCollection") {
            // Nesting is bounded by the parser's nesting limit, so this recursion is too.
            const auto members = geometry.find("geometries");
            if (members == geometry.end() || !members->is_array())
                fail(where, "a GeometryCollection needs a \"geometries\" array");
            for (const Json& member : *members) decodeGeometry(member, feature, where);
            return;
        }

        const bool isPoint = type == "Point" || type == "MultiPoint";
        if (!isPoint && type != "Polygon" && type != "MultiPolygon") fail(where, "unknown geometry type " + inQuotes(type));
        const char* memberName = isPoint ? "coordinates" : "arcs";
        const auto member = geometry.find(memberName);
        if (member == geometry.end()) fail(where, type + " has no \"" + memberName + "\"");
        if (!member->is_array()) fail(where, "\"" + std::string(memberName) + "\" of a " + type + " must be an array");
        if (member->empty()) return;  // an empty geometry, read as none

        decodeSimpleGeometry(type, *member, feature, where, budget_,
                             [&](const Json& p, const GeometryPath& path) { return decodePoint(p, where, path); },
                             [&](const Json& r, const GeometryPath& path) { return decodeRing(r, where, path); });
    }

    // Points are quantised like arcs but not delta-encoded.
    LonLat decodePoint(const Json& position, const std::string& where, const GeometryPath& path) {
        const LonLat raw = readRawPosition(position, where, path);
        const LonLat point = transform_.apply(raw.lon, raw.lat);
        return coordinates_.toLonLat(point.lon, point.lat, where, path);
    }


    Ring decodeRing(const Json& references, const std::string& where, const GeometryPath& path) {
        if (!references.is_array()) fail(where, path.message("a ring must be an array of arc indices"));
        Ring ring;
        std::string previous;
        for (const Json& reference : references) {
            if (!reference.is_number_integer())
                fail(where, path.message("an arc index must be an integer, found " + inQuotes(reference.dump())));
            bool reversed = false;
            uint64_t index = 0;
            if (reference.is_number_unsigned()) {
                index = reference.get<uint64_t>();
            } else if (const int64_t value = reference.get<int64_t>(); value >= 0) {
                index = static_cast<uint64_t>(value);
            } else {
                reversed = true;
                index = static_cast<uint64_t>(~value);  // ~i = -i-1 stands for arc i reversed
            }
            const std::string current = reversed ? "~" + std::to_string(index) : std::to_string(index);
            if (index >= arcs_.size())
                fail(where, path.message("arc index " + reference.dump() +
                                         (reversed ? " (arc " + std::to_string(index) + " reversed)" : "") +
                                         " is out of range: the topology has " + std::to_string(arcs_.size()) +
                                         " arcs"));
            const Arc& arc = arcs_[index];
            budget_.spend(arc.size(), where);
            const LonLat start = reversed ? arc.back() : arc.front();
            if (!ring.empty()) {
                if (!nearlyEqual(ring.back(), start))
                    fail(where, path.message("arc " + current + " starts at " + pointText(start) + " but arc " +
                                             previous + " before it ends at " + pointText(ring.back()) +
                                             ": the arcs do not join"));
                ring.pop_back();  // the shared point comes again as the start of this arc
            }
            if (reversed)
                ring.insert(ring.end(), arc.rbegin(), arc.rend());
            else
                ring.insert(ring.end(), arc.begin(), arc.end());
            previous = current;
        }
        checkRingSize(ring, where, path);
        if (ring.front() != ring.back()) {
            if (!nearlyEqual(ring.front(), ring.back()))
                fail(where, path.message("the ring is not closed: its arcs end at " + pointText(ring.back()) +
                                         ", not at its start " + pointText(ring.front())));
            ring.back() = ring.front();
        }
        return ring;
    }

    Transform transform_;
    PositionBudget budget_;
    // TopoJSON declares no coordinate system: the first position decides (arcs come first).
    FileCoordinates coordinates_;
    std::vector<Arc> arcs_;
};

std::string objectNames(const Json& objects) {
    std::string names;
    size_t listed = 0;
    for (const auto& [name, object] : objects.items()) {
        if (listed++ == 10) return names + ", ...";
        names += (names.empty() ? "" : ", ") + inQuotes(name);
    }
    return names;
}

}  // namespace

FeatureSet decodeTopoJson(const Json& document, const std::string& objectName, const GeoReadLimits& limits) {
    if (!document.is_object())
        fail("", std::string("not TopoJSON: the file holds a JSON ") + document.type_name() + ", not an object");
    const std::string type = readType(document, "", "the file");
    if (type != "Topology") fail("", "not TopoJSON: the file's \"type\" is " + inQuotes(type) + ", not \"Topology\"");

    const auto objects = document.find("objects");
    if (objects == document.end() || !objects->is_object()) fail("", "a Topology needs an \"objects\" object");
    if (objects->empty()) fail("", "the topology has no objects");
    auto chosen = objects->begin();
    if (!objectName.empty()) {
        chosen = objects->find(objectName);
        if (chosen == objects->end())
            fail("", "the topology has no object " + inQuotes(objectName) + "; it has " + objectNames(*objects));
    }

    FeatureSet set;
    set.sourceFormat = "TopoJSON";
    set.layerName = chosen.key();
    TopoJsonDecoder decoder(document, limits);
    const Json& object = chosen.value();
    const auto members = object.is_object() ? object.find("geometries") : object.end();
    const auto typeOfObject = object.is_object() ? object.find("type") : object.end();
    const bool isCollection = typeOfObject != object.end() && *typeOfObject == "GeometryCollection";
    if (isCollection) {
        if (members == object.end() || !members->is_array())
            fail("object " + inQuotes(set.layerName), "a GeometryCollection needs a \"geometries\" array");
        set.features.reserve(members->size());
        for (size_t i = 0; i < members->size(); ++i) set.features.push_back(decoder.decodeFeature((*members)[i], i + 1));
    } else {
        set.features.push_back(decoder.decodeFeature(object, 1));
    }
    set.convertedFromRdNew = decoder.convertedFromRdNew();
    return set;
}

}  // namespace geojson_detail

FeatureSet readTopoJson(std::string_view text, const std::string& objectName, const GeoReadLimits& limits) {
    return geojson_detail::decodeTopoJson(geojson_detail::parseJsonText(text, limits), objectName, limits);
}

}  // namespace wb::io
