// Internal to the GeoJSON and TopoJSON readers (not for the rest of the program): parsing JSON
// text under limits, and the checks and conversions both formats share. Everything here reports
// problems as ImportError.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/geo_features.h"

namespace wb::io::geojson_detail {

// Ordered, so properties keep their file order and "the first object" of a topology is the first
// one written.
using Json = nlohmann::ordered_json;

// The whole text as one JSON document, in time linear in its size. Syntax errors come back as
// ImportError("byte N", ...), a cut-off file as "truncated", and the nesting limit is enforced
// while parsing, before memory is spent on an absurd document.
Json parseJsonText(std::string_view text, const GeoReadLimits& limits);

// Decoders of an already parsed document (readGeoFile parses once and picks one).
FeatureSet decodeGeoJson(const Json& document, const GeoReadLimits& limits);
FeatureSet decodeTopoJson(const Json& document, const std::string& objectName, const GeoReadLimits& limits);

[[noreturn]] void fail(const std::string& where, const std::string& what);

// Counts decoded positions against GeoReadLimits::maxPositions; spend() before allocating.
class PositionBudget {
public:
    explicit PositionBudget(size_t maxPositions) : remaining_(maxPositions), max_(maxPositions) {}
    void spend(size_t positions, const std::string& where);

private:
    size_t remaining_;
    size_t max_;
};

// Where a coordinate sits inside a feature's geometry, for messages: "polygon 2, ring 1, position 7".
// Numbers are 1-based; 0 means "not applicable" and is left out.
struct GeometryPath {
    size_t polygon = 0, ring = 0, point = 0, position = 0;
    std::string text() const;                          // empty when all are 0
    std::string message(const std::string& what) const;  // "polygon 2, ring 1: " + what
};

// A string of the parsed document quoted for a message: "\"Circle\"", cut short, control characters replaced.
std::string inQuotes(std::string_view text);

// "feature 12" or "feature 12 (GM0014)" (1-based, as people count).
std::string featureWhere(size_t number, const Feature& feature);

// The properties member of a feature (an object or null) in file order; anything else fails.
std::vector<Property> readProperties(const Json& properties, const std::string& where);

// The "id" member as text (strings as they are, numbers as written), or empty.
std::string readId(const Json& object);

// The "type" member of `object` (described as `whatObject` in messages, e.g. "geometry"); fails when
// it is missing or not a string.
std::string readType(const Json& object, const std::string& where, const std::string& whatObject);

// The first two numbers of a position array (extra values such as altitude are ignored); fails
// if it is not an array of at least two numbers or a number is not finite.
LonLat readRawPosition(const Json& position, const std::string& where, const GeometryPath& path);

// Fails when a ring has fewer than 4 positions.
void checkRingSize(const Ring& ring, const std::string& where, const GeometryPath& path);

// Fails unless a ring's last position repeats its first (as written in the file, before any
// conversion, so the message shows the file's own numbers).
void checkRingClosed(LonLat first, LonLat last, const std::string& where, const GeometryPath& path);

// The shortest decimal text that reads back as exactly `value` (finite values only): "5.1", "-0", "1e+21".
std::string numberText(double value);

// "(x, y)" for messages.
std::string pointText(LonLat point);

}  // namespace wb::io::geojson_detail
