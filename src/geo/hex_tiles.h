// A hexagon tile map: every area gets its own hexagon on a regular grid, as close as possible to
// its real centroid. Used when no boundaries are loaded: it keeps small, dense municipalities
// (the Randstad) as visible as large rural ones, which a centroid dot map would not.
//
// Grid: pointy-top hexagons in axial coordinates (q, r); `radius` is centre-to-corner.
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include <glm/common.hpp>
#include <glm/vec2.hpp>

namespace wb::geo {

struct HexCoord {
    int q = 0;
    int r = 0;
    bool operator==(const HexCoord& o) const { return q == o.q && r == o.r; }
    bool operator!=(const HexCoord& o) const { return !(*this == o); }
};

class HexGrid {
public:
    explicit HexGrid(double radius) : radius_(radius) {}
    double radius() const { return radius_; }
    glm::dvec2 centre(HexCoord h) const;
    HexCoord cellAt(glm::dvec2 p) const;     // the hexagon containing p
    glm::dvec2 corner(HexCoord h, int i) const;  // i in 0..5, counter-clockwise

private:
    double radius_;
};

struct HexLayout {
    HexGrid grid{1.0};
    std::vector<HexCoord> cells;  // cells[i] is the tile of input point i
    // Which input point owns a cell (for picking under the mouse).
    std::optional<size_t> itemAt(glm::dvec2 p) const;

    std::unordered_map<long long, size_t> owner;  // key(cell) -> item
    static long long key(HexCoord h) { return (static_cast<long long>(h.q) << 32) ^ static_cast<unsigned>(h.r); }
};

// Places one tile per point. Points are placed in `priority` order (highest first: they keep the
// cell nearest their position); each takes the free cell nearest to its own position.
HexLayout layoutHexTiles(const std::vector<glm::dvec2>& points, const std::vector<double>& priority, double radius);

// A tile radius that gives `count` tiles about the area of the bounding box of `points` divided
// by `count` times `fill` (fill < 1 leaves room for the spread of dense clusters).
double suggestTileRadius(const std::vector<glm::dvec2>& points, double fill);

}  // namespace wb::geo
