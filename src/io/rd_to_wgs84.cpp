#include "io/rd_to_wgs84.h"

#include "geo/projection.h"

namespace wb::io {

bool isWithinRdArea(double x, double y) {
    // The grid is defined for isWithinRdGrid's box; the margin admits the
    // North Sea and border areas some files include, and still refuses degrees (y < 90).
    return x >= -50'000 && x <= 350'000 && y >= 250'000 && y <= 700'000;
}

bool isWithinRdGrid(double x, double y) { return x >= -7'000 && x <= 300'000 && y >= 289'000 && y <= 629'000; }

LonLat rdToWgs84(double x, double y) {
    // The map plane is RD New in km from the reference point: one implementation of the series.
    const glm::dvec2 lonLat =
        geo::unprojectToLonLat({(x - geo::kRdReferenceX) / 1000.0, (y - geo::kRdReferenceY) / 1000.0});
    return LonLat{lonLat.x, lonLat.y};
}

}  // namespace wb::io
