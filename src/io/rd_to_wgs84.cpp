#include "io/rd_to_wgs84.h"

#include <cmath>

namespace wb::io {
namespace {

// The reference point of the grid (Onze Lieve Vrouwetoren, Amersfoort) in RD and in WGS84.
constexpr double kX0 = 155000, kY0 = 463000;
constexpr double kLat0 = 52.15517440, kLon0 = 5.38720621;

// One term K * dX^p * dY^q of a polynomial, K in arc seconds.
struct Term {
    int p, q;
    double k;
};

constexpr Term kLatitudeTerms[] = {
    {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978}, {0, 3, -0.06550}, {2, 2, -0.01709},
    {1, 0, -0.00738},   {4, 0, 0.00530},   {2, 3, -0.00039}, {4, 1, 0.00033},  {1, 1, -0.00012},
};

constexpr Term kLongitudeTerms[] = {
    {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656},  {3, 0, -0.81885}, {1, 3, 0.05594},  {3, 1, -0.05607},
    {0, 1, 0.01199},    {3, 2, -0.00256},  {1, 4, 0.00128},  {0, 2, 0.00022},  {2, 0, -0.00022}, {5, 0, 0.00026},
};

template <size_t N>
double arcSeconds(const Term (&terms)[N], double dX, double dY) {
    double sum = 0;
    for (const Term& t : terms) sum += t.k * std::pow(dX, t.p) * std::pow(dY, t.q);
    return sum;
}

}  // namespace

bool isWithinRdArea(double x, double y) {
    // The grid is defined for x in [-7000, 300000] and y in [289000, 629000]; the margin admits the
    // North Sea and border areas some files include, and still refuses degrees (y < 90).
    return x >= -50'000 && x <= 350'000 && y >= 250'000 && y <= 700'000;
}

LonLat rdToWgs84(double x, double y) {
    // The polynomials take the offset from the reference point in units of 100 km.
    const double dX = (x - kX0) * 1e-5;
    const double dY = (y - kY0) * 1e-5;
    return LonLat{kLon0 + arcSeconds(kLongitudeTerms, dX, dY) / 3600, kLat0 + arcSeconds(kLatitudeTerms, dX, dY) / 3600};
}

}  // namespace wb::io
