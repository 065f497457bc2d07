// Polygons on the globe: WGS84 longitude/latitude positions, closed rings, an outer ring with holes.
// The one geometry every reader produces and every geometry routine takes; it lives here, at the
// bottom of the house, so geometry never depends on the readers (io) that make it.
#pragma once

#include <vector>

namespace wb::geo {

struct LonLat {
    double lon = 0, lat = 0;
};

using Ring = std::vector<LonLat>;  // closed: front() == back()

struct Polygon {
    std::vector<Ring> rings;  // rings[0] outer, the rest holes
};

inline bool operator==(const LonLat& a, const LonLat& b) { return a.lon == b.lon && a.lat == b.lat; }
inline bool operator!=(const LonLat& a, const LonLat& b) { return !(a == b); }
inline bool operator==(const Polygon& a, const Polygon& b) { return a.rings == b.rings; }

}  // namespace wb::geo
