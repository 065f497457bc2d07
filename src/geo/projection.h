// Map projection for the Netherlands: longitude/latitude (WGS84) to a flat plane in kilometres.
//
// An equirectangular projection centred on the country (52.15 N, 5.3 E): across the 300 km of the
// Netherlands its scale error stays under 3%, it is trivially invertible, and east/north point
// right/up. Distances for coverage analysis use the haversine formula, not this plane.
#pragma once

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

namespace wb::geo {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kCentreLon = 5.3;
constexpr double kCentreLat = 52.15;

glm::dvec2 projectLonLat(double lon, double lat);   // -> km east/north of the centre
glm::dvec2 unprojectToLonLat(glm::dvec2 km);        // -> (lon, lat)

}  // namespace wb::geo
