// The in-memory model every boundary or point importer produces (GeoJSON, TopoJSON, GeoPackage,
// CSV with WKT): features with text properties, polygons and points in WGS84 longitude/latitude.
// Readers validate as they build it, so code that uses a FeatureSet can rely on:
//   - every coordinate is finite, |lon| <= 180 and |lat| <= 90;
//   - every ring has at least 4 positions and is closed (first == last);
//   - rings[0] of a polygon is its outer ring, the other rings are holes (winding is as in the file).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "geo/polygon.h"

namespace wb::io {

// The geometry types are geo's; readers and writers name them as their own.
using geo::LonLat;
using geo::Polygon;
using geo::Ring;

// What a property value was in the file. The value itself is always kept as text so the rest of
// the program has one thing to deal with; the type lets a writer give it back unchanged.
enum class PropertyType { String, Number, Boolean, Null, Json };

struct Property {
    std::string name;
    // String: the text; Number: the number as written by the JSON library (shortest text that reads
    // back as the same double, or the exact integer); Boolean: "true"/"false"; Null: "";
    // Json: a nested object or array as compact JSON text.
    std::string value;
    PropertyType type = PropertyType::String;
};

struct Feature {
    std::string id;                    // GeoJSON/TopoJSON "id" member as text, or empty
    std::vector<Property> properties;  // in file order
    std::vector<Polygon> polygons;
    std::vector<LonLat> points;

    // The value of the property called `name` (exact spelling), or nullptr.
    const std::string* property(std::string_view name) const;
};

struct FeatureSet {
    std::vector<Feature> features;
    std::string sourceFormat;  // "GeoJSON", "TopoJSON", "GeoPackage" or "CSV (WKT)"
    std::string layerName;     // the TopoJSON object read, the GeoJSON "name" member, or empty
    // The file's positions were RD New (EPSG:28992) and are converted to WGS84 (file_coordinates.h).
    bool convertedFromRdNew = false;

    size_t positionCount() const;  // every ring position and point, for progress and limits
};

// Guards against files that would exhaust memory or time (a few kilobytes of TopoJSON can reference
// one long arc millions of times). The defaults are far above any real boundary file.
struct GeoReadLimits {
    // Ring positions and points; for TopoJSON also the arcs, plus each arc again per reference to it.
    size_t maxPositions = 50'000'000;
    int maxNesting = 64;               // JSON arrays/objects inside each other
};

// The CBS area code of a feature (PV, VR, GM, WK or BU followed by 2, 2, 4, 6 or 8 digits): the
// first property among statcode, code, gemeentecode, gm_code, ... , id (names compared without
// regard to case) whose value looks like one, else the feature id if it does; empty when none does.
// Returned upper-case without surrounding spaces (CBS StatLine pads codes with spaces).
std::string cbsCodeOf(const Feature& feature);

// True when `text` is a CBS area code as described above (exact, no spaces, upper-case).
bool isCbsCode(std::string_view text);

bool operator==(const Property& a, const Property& b);
bool operator==(const Feature& a, const Feature& b);
inline bool operator!=(const Feature& a, const Feature& b) { return !(a == b); }

}  // namespace wb::io
