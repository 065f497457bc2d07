// Map projection for the Netherlands: WGS84 longitude/latitude to the Dutch national grid, RD New
// (Rijksdriehoeksstelsel, EPSG:28992), in kilometres from its reference point in Amersfoort.
//
// Why RD: it is the plane Dutch users, municipalities and PDOK data work in, so positions, areas and
// exports match what they know; it is conformal (shapes and angles are kept, so hexagons and
// buffers stay round), and its scale error stays within about 0.01% (-0.009% .. +0.025% at the
// far corners) over the whole country, so distances measured in the plane are true ground distances
// for every practical purpose. East/north point right/up.
//
// Computed with the published approximation series of Schreutelkamp & Strang van Hees
// ("Benaderingsformules voor de transformatie tussen RD- en WGS84-kaartcoördinaten"), accurate to
// about a metre over the Netherlands, which is far below what a dashboard map can show. The plane
// is returned in km relative to RD's reference point (X0 = 155 000 m, Y0 = 463 000 m), i.e.
// ((X - 155000) / 1000, (Y - 463000) / 1000), so coordinates stay small enough for float GPU buffers.
#pragma once

#include <glm/geometric.hpp>
#include <glm/vec2.hpp>

#include "geo/polygon.h"

namespace wb::geo {

// The RD reference point (Onze Lieve Vrouwetoren, Amersfoort) in WGS84: projects to (0, 0).
constexpr double kRdReferenceLon = 5.38720621;
constexpr double kRdReferenceLat = 52.15517440;
// RD coordinates (metres) of the reference point: add them to km * 1000 to get true RD New values.
constexpr double kRdReferenceX = 155000.0;
constexpr double kRdReferenceY = 463000.0;

// The IUGG mean earth radius, for spherical estimates.
constexpr double kEarthRadiusKm = 6371.0088;

glm::dvec2 projectLonLat(double lon, double lat);   // -> km east/north of the RD reference point
glm::dvec2 unprojectToLonLat(glm::dvec2 km);        // -> (lon, lat); the exact inverse of projectLonLat

// The distance along the ground (WGS84 ellipsoid) between two points: the haversine great-circle angle with Lambert's correction for the earth's flattening. Plain
// haversine on a sphere is up to 0.3% off at Dutch latitudes (east-west distances are longer on the
// ellipsoid than north-south ones); the correction brings that below 0.01% at any distance the
// dashboard deals with (coverage radii, travel distances).
double groundDistanceKm(LonLat a, LonLat b);

}  // namespace wb::geo
