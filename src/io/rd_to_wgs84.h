// Dutch national grid coordinates (RD New, EPSG:28992: the x/y metres PDOK and CBS GeoPackages
// use) to WGS84 longitude/latitude. The conversion is the map projection's inverse
// (geo/projection.h: the Schreutelkamp & Strang van Hees series), accurate to about a metre inside
// the Netherlands and needing no grid files (RDNAPTRANS is exact to millimetres but needs
// megabytes of them).
#pragma once

#include "io/geo_features.h"

namespace wb::io {

// The polynomials only hold near the Netherlands: true when (x, y) lies in a generous box around
// the RD grid's valid area. Outside it the formulas return confident nonsense, so check first.
bool isWithinRdArea(double x, double y);

// True when (x, y) lies in the RD grid's own valid area (x -7,000..300,000, y 289,000..629,000
// metres). Metres there cannot be degrees (y is far above 90), so a file that declares no
// coordinate system and has every position in here is unmistakably RD New.
bool isWithinRdGrid(double x, double y);

LonLat rdToWgs84(double x, double y);

}  // namespace wb::io
