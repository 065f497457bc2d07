// Scattering example locations within a few kilometres of a municipality's centroid (distances
// on the ground are geo::groundDistanceKm).
#pragma once

#include <algorithm>
#include <cmath>

#include "example_random.h"
#include "facts_table.h"
#include "io/geo_features.h"

namespace wb::tools {

using io::LonLat;

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kPi = 3.14159265358979323846;

// A point uniformly spread over a disc around the centroid. The disc shrinks for small
// municipalities (a fraction of the radius of a circle with the municipality's land area), so
// locations stay on land of the right place more often than not.
inline LonLat scatterNear(const AreaFacts& area, ExampleRandom& random, double maxKm = 5.0) {
    const double areaRadiusKm = std::sqrt(std::max(area.landKm2, 1.0) / kPi);
    const double radiusKm = std::min(maxKm, 0.7 * areaRadiusKm) * std::sqrt(random.uniform());
    const double angle = random.between(0.0, 2 * kPi);
    const double kmPerDegreeLat = kEarthRadiusKm * kPi / 180.0;
    const double kmPerDegreeLon = kmPerDegreeLat * std::cos(area.area.centroidLat * kPi / 180.0);
    // Six decimals (about 10 cm) is more than enough and keeps the database small.
    auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
    return {round6(area.area.centroidLon + radiusKm * std::cos(angle) / kmPerDegreeLon),
            round6(area.area.centroidLat + radiusKm * std::sin(angle) / kmPerDegreeLat)};
}

}  // namespace wb::tools
