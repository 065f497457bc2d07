#include "geo/projection.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace wb::geo {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;

// One term c * u^p * v^q of an approximation series.
struct Term {
    int p, q;
    double c;
};

// WGS84 -> RD: u = 0.36 * (lat - lat0), v = 0.36 * (lon - lon0) (units of 10 000 arc seconds);
// X - X0 = sum of R terms, Y - Y0 = sum of S terms, in metres.
constexpr double kDegreesToSeriesUnits = 0.36;
constexpr std::array<Term, 9> kR = {{{0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221},
                                     {0, 3, -32.391},    {1, 0, -0.705},     {3, 1, -2.340},
                                     {1, 3, -0.608},     {0, 2, -0.008},     {2, 3, 0.148}}};
constexpr std::array<Term, 10> kS = {{{1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984},
                                      {3, 0, 59.788},     {0, 1, 0.433},    {2, 2, -6.439}, {1, 1, -0.032},
                                      {0, 4, 0.092},      {1, 4, -0.054}}};

// RD -> WGS84: u = (X - X0) * 1e-5, v = (Y - Y0) * 1e-5 (units of 100 km);
// lat - lat0 = sum of K terms, lon - lon0 = sum of L terms, in arc seconds.
constexpr double kMetresToSeriesUnits = 1e-5;
constexpr std::array<Term, 11> kK = {{{0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
                                      {0, 3, -0.06550},   {2, 2, -0.01709},  {1, 0, -0.00738}, {4, 0, 0.00530},
                                      {2, 3, -0.00039},   {4, 1, 0.00033},   {1, 1, -0.00012}}};
constexpr std::array<Term, 12> kL = {{{1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656}, {3, 0, -0.81885},
                                      {1, 3, 0.05594},    {3, 1, -0.05607},  {0, 1, 0.01199}, {3, 2, -0.00256},
                                      {1, 4, 0.00128},    {0, 2, 0.00022},   {2, 0, -0.00022}, {5, 0, 0.00026}}};

// u^0 .. u^5 and v^0 .. v^5, computed once per point: the series are evaluated for every vertex of
// every boundary, so they should not recompute powers term by term.
struct Powers {
    std::array<double, 6> u, v;
    Powers(double uValue, double vValue) {
        u[0] = v[0] = 1.0;
        for (size_t i = 1; i < u.size(); ++i) {
            u[i] = u[i - 1] * uValue;
            v[i] = v[i - 1] * vValue;
        }
    }
};

template <size_t N>
double sum(const std::array<Term, N>& terms, const Powers& x) {
    double s = 0.0;
    for (const Term& t : terms) s += t.c * x.u[t.p] * x.v[t.q];
    return s;
}

// (d/du, d/dv) of the series.
template <size_t N>
glm::dvec2 gradient(const std::array<Term, N>& terms, const Powers& x) {
    glm::dvec2 g(0.0);
    for (const Term& t : terms) {
        if (t.p > 0) g.x += t.c * t.p * x.u[t.p - 1] * x.v[t.q];
        if (t.q > 0) g.y += t.c * t.q * x.u[t.p] * x.v[t.q - 1];
    }
    return g;
}

// Series arguments of a WGS84 position.
Powers forwardArguments(double lon, double lat) {
    return Powers(kDegreesToSeriesUnits * (lat - kRdReferenceLat), kDegreesToSeriesUnits * (lon - kRdReferenceLon));
}

// The inverse series on its own, good to about a metre but not the exact inverse of the forward one.
glm::dvec2 inverseSeries(glm::dvec2 km) {
    const Powers x(km.x * 1000.0 * kMetresToSeriesUnits, km.y * 1000.0 * kMetresToSeriesUnits);
    return {kRdReferenceLon + sum(kL, x) / 3600.0, kRdReferenceLat + sum(kK, x) / 3600.0};
}

}  // namespace

glm::dvec2 projectLonLat(double lon, double lat) {
    const Powers x = forwardArguments(lon, lat);
    return {sum(kR, x) / 1000.0, sum(kS, x) / 1000.0};
}

glm::dvec2 unprojectToLonLat(glm::dvec2 km) {
    // The two published series are separate fits, each about a metre from the true transformation,
    // so they disagree with each other by up to a metre. A picked point or a zoom target must land
    // back where it was, so the inverse series only gives the start for Newton's method on the
    // forward series, which converges to its exact inverse in one or two steps.
    glm::dvec2 lonLat = inverseSeries(km);
    for (int step = 0; step < 4; ++step) {
        const glm::dvec2 error = projectLonLat(lonLat.x, lonLat.y) - km;
        const Powers x = forwardArguments(lonLat.x, lonLat.y);
        // Jacobian of (x, y) km with respect to (lon, lat) degrees.
        const glm::dvec2 dX = gradient(kR, x) * (kDegreesToSeriesUnits / 1000.0);  // (d/dlat, d/dlon)
        const glm::dvec2 dY = gradient(kS, x) * (kDegreesToSeriesUnits / 1000.0);
        const double a = dX.y, b = dX.x, c = dY.y, d = dY.x;  // [a b; c d] * (dlon, dlat)
        const double det = a * d - b * c;
        if (!std::isfinite(det) || det == 0.0) break;  // far outside the series' domain
        const glm::dvec2 delta((d * error.x - b * error.y) / det, (a * error.y - c * error.x) / det);
        lonLat -= delta;
        if (std::abs(delta.x) < 1e-13 && std::abs(delta.y) < 1e-13) break;
    }
    return lonLat;
}

double groundDistanceKm(LonLat a, LonLat b) {
    // Lambert's formula: the great-circle angle between the reduced latitudes, corrected to first
    // order in the flattening.
    constexpr double kEquatorialRadiusKm = 6378.137;
    constexpr double kFlattening = 1.0 / 298.257223563;
    const double beta1 = std::atan((1.0 - kFlattening) * std::tan(a.lat * kDegToRad));
    const double beta2 = std::atan((1.0 - kFlattening) * std::tan(b.lat * kDegToRad));
    const double halfDLat = (beta2 - beta1) / 2.0;
    const double halfDLon = (b.lon - a.lon) * kDegToRad / 2.0;
    const double h = std::sin(halfDLat) * std::sin(halfDLat) +
                     std::cos(beta1) * std::cos(beta2) * std::sin(halfDLon) * std::sin(halfDLon);
    const double sigma = 2.0 * std::asin(std::sqrt(std::min(1.0, h)));
    if (sigma == 0.0) return 0.0;
    const double p = (beta1 + beta2) / 2.0;
    const double sinP = std::sin(p), cosP = std::cos(p);
    const double sinQ = std::sin(halfDLat), cosQ = std::cos(halfDLat);
    const double cosHalfSigma = std::cos(sigma / 2.0), sinHalfSigma = std::sin(sigma / 2.0);
    const double x = (sigma - std::sin(sigma)) * sinP * sinP * cosQ * cosQ / (cosHalfSigma * cosHalfSigma);
    const double y = (sigma + std::sin(sigma)) * cosP * cosP * sinQ * sinQ / (sinHalfSigma * sinHalfSigma);
    return kEquatorialRadiusKm * (sigma - kFlattening / 2.0 * (x + y));
}

}  // namespace wb::geo
