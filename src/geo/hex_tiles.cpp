#include "geo/hex_tiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace wb::geo {
namespace {

constexpr double kSqrt3 = 1.7320508075688772;

// Rounds fractional axial coordinates to the nearest hexagon (via cube coordinates).
HexCoord roundAxial(double q, double r) {
    const double s = -q - r;
    double rq = std::round(q), rr = std::round(r), rs = std::round(s);
    const double dq = std::abs(rq - q), dr = std::abs(rr - r), ds = std::abs(rs - s);
    if (dq > dr && dq > ds) rq = -rr - rs;
    else if (dr > ds) rr = -rq - rs;
    return {static_cast<int>(rq), static_cast<int>(rr)};
}

int hexDistance(HexCoord a, HexCoord b) {
    const int dq = a.q - b.q, dr = a.r - b.r;
    return (std::abs(dq) + std::abs(dr) + std::abs(dq + dr)) / 2;
}

}  // namespace

glm::dvec2 HexGrid::centre(HexCoord h) const {
    return {radius_ * kSqrt3 * (h.q + h.r / 2.0), radius_ * 1.5 * h.r};
}

HexCoord HexGrid::cellAt(glm::dvec2 p) const {
    const double q = (kSqrt3 / 3.0 * p.x - 1.0 / 3.0 * p.y) / radius_;
    const double r = (2.0 / 3.0 * p.y) / radius_;
    return roundAxial(q, r);
}

glm::dvec2 HexGrid::corner(HexCoord h, int i) const {
    const double angle = (60.0 * i - 30.0) * 3.14159265358979323846 / 180.0;  // pointy top
    return centre(h) + radius_ * glm::dvec2(std::cos(angle), std::sin(angle));
}

std::optional<size_t> HexLayout::itemAt(glm::dvec2 p) const {
    const auto it = owner.find(key(grid.cellAt(p)));
    if (it == owner.end()) return std::nullopt;
    return it->second;
}

HexLayout layoutHexTiles(const std::vector<glm::dvec2>& points, const std::vector<double>& priority, double radius) {
    HexLayout layout;
    layout.grid = HexGrid(radius);
    layout.cells.resize(points.size());

    std::vector<size_t> order(points.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return priority[a] > priority[b]; });

    for (size_t item : order) {
        const glm::dvec2 p = points[item];
        const HexCoord home = layout.grid.cellAt(p);
        // Search rings of growing distance; within the first ring that has a free cell, take the
        // one whose centre is nearest the point. One more ring is checked because a cell one ring
        // further out can still be nearer in plain distance.
        std::optional<HexCoord> best;
        double bestDist = std::numeric_limits<double>::max();
        int foundRing = -1;
        for (int ring = 0; foundRing < 0 || ring <= foundRing + 1; ++ring) {
            for (int dq = -ring; dq <= ring; ++dq) {
                for (int dr = std::max(-ring, -dq - ring); dr <= std::min(ring, -dq + ring); ++dr) {
                    const HexCoord c{home.q + dq, home.r + dr};
                    if (hexDistance(c, home) != ring || layout.owner.count(HexLayout::key(c))) continue;
                    const glm::dvec2 d = layout.grid.centre(c) - p;
                    const double dist = d.x * d.x + d.y * d.y;
                    if (dist < bestDist) {
                        bestDist = dist;
                        best = c;
                    }
                }
            }
            if (best && foundRing < 0) foundRing = ring;
        }
        layout.cells[item] = *best;
        layout.owner.emplace(HexLayout::key(*best), item);
    }
    return layout;
}

double suggestTileRadius(const std::vector<glm::dvec2>& points, double fill) {
    if (points.size() < 2) return 1.0;
    glm::dvec2 lo(std::numeric_limits<double>::max()), hi(std::numeric_limits<double>::lowest());
    for (const auto& p : points) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const double area = (hi.x - lo.x) * (hi.y - lo.y) * fill / static_cast<double>(points.size());
    // Hexagon area = 3*sqrt(3)/2 * r^2
    return std::sqrt(area / (1.5 * kSqrt3));
}

}  // namespace wb::geo
