#include "geo/projection.h"

#include <cmath>

namespace wb::geo {
namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
const double kCosCentre = std::cos(kCentreLat * kDegToRad);

}  // namespace

glm::dvec2 projectLonLat(double lon, double lat) {
    return {(lon - kCentreLon) * kDegToRad * kEarthRadiusKm * kCosCentre,
            (lat - kCentreLat) * kDegToRad * kEarthRadiusKm};
}

glm::dvec2 unprojectToLonLat(glm::dvec2 km) {
    return {kCentreLon + km.x / (kDegToRad * kEarthRadiusKm * kCosCentre),
            kCentreLat + km.y / (kDegToRad * kEarthRadiusKm)};
}

}  // namespace wb::geo
