#include "geo/population_spread.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/common.hpp>

#include "geo/projection.h"

namespace wb::geo {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Box {
    glm::dvec2 min{std::numeric_limits<double>::max()};
    glm::dvec2 max{std::numeric_limits<double>::lowest()};
    void add(glm::dvec2 p) {
        min = glm::min(min, p);
        max = glm::max(max, p);
    }
    bool empty() const { return min.x > max.x; }
};

double cellSizeFor(double areaKm2, const SpreadOptions& options) {
    if (options.cellSizeKm > 0) return options.cellSizeKm;
    return std::sqrt(areaKm2 / std::max(1, options.cellsPerArea));
}

// Appends the centres of the grid cells (size `s`, aligned to the box's lower left corner) that lie
// inside the polygons. Scanline fill: per row of centres, the x positions where edges cross the
// row, sorted, bound the inside stretches (even-odd). Costs rows x edges instead of cells x edges,
// which matters for detailed boundaries.
void fillPolygons(const std::vector<PlanePolygon>& polygons, const Box& box, double s, std::vector<glm::dvec2>& out) {
    const auto columns = static_cast<int64_t>(std::ceil((box.max.x - box.min.x) / s));
    const auto rows = static_cast<int64_t>(std::ceil((box.max.y - box.min.y) / s));
    std::vector<double> crossings;
    for (int64_t j = 0; j < rows; ++j) {
        const double y = box.min.y + (static_cast<double>(j) + 0.5) * s;
        crossings.clear();
        for (const auto& polygon : polygons) {
            for (const auto& ring : polygon.rings) {
                for (size_t i = 0; i + 1 < ring.size(); ++i) {
                    const glm::dvec2 a = ring[i], b = ring[i + 1];
                    if ((a.y > y) == (b.y > y)) continue;
                    crossings.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
                }
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (size_t k = 0; k + 1 < crossings.size(); k += 2) {
            // Centres x_i = min + (i + 0.5) s with crossings[k] <= x_i < crossings[k + 1].
            const auto first = std::max<int64_t>(0, static_cast<int64_t>(std::ceil((crossings[k] - box.min.x) / s - 0.5)));
            const auto end =
                std::min<int64_t>(columns, static_cast<int64_t>(std::ceil((crossings[k + 1] - box.min.x) / s - 0.5)));
            for (int64_t i = first; i < end; ++i) out.push_back({box.min.x + (static_cast<double>(i) + 0.5) * s, y});
        }
    }
}

void fillDisc(glm::dvec2 centre, double radius, double s, std::vector<glm::dvec2>& out) {
    const auto n = static_cast<int64_t>(std::ceil(2 * radius / s));
    for (int64_t j = 0; j < n; ++j) {
        for (int64_t i = 0; i < n; ++i) {
            const glm::dvec2 p = centre - radius + glm::dvec2(static_cast<double>(i) + 0.5, static_cast<double>(j) + 0.5) * s;
            const glm::dvec2 d = p - centre;
            if (d.x * d.x + d.y * d.y <= radius * radius) out.push_back(p);
        }
    }
}

}  // namespace

std::vector<PlanePolygon> projectPolygons(const std::vector<Polygon>& polygons) {
    std::vector<PlanePolygon> out(polygons.size());
    for (size_t p = 0; p < polygons.size(); ++p) {
        for (const auto& ring : polygons[p].rings) {
            auto& projected = out[p].rings.emplace_back();
            projected.reserve(ring.size());
            for (const auto& position : ring) projected.push_back(projectLonLat(position.lon, position.lat));
        }
    }
    return out;
}

double planeAreaKm2(const PlanePolygon& polygon) {
    double total = 0;
    for (size_t r = 0; r < polygon.rings.size(); ++r) {
        const auto& ring = polygon.rings[r];
        double twice = 0;  // shoelace
        for (size_t i = 0; i + 1 < ring.size(); ++i) twice += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        // Winding differs between files: the outer ring adds, holes subtract, whatever their direction.
        total += (r == 0 ? 1 : -1) * std::fabs(twice) / 2;
    }
    return std::max(0.0, total);
}

PopulationCells spreadPopulation(const std::vector<AreaShape>& areas, const SpreadOptions& options) {
    PopulationCells cells;
    cells.cellCount.reserve(areas.size());
    cells.placement.reserve(areas.size());
    std::vector<glm::dvec2> found;
    for (size_t a = 0; a < areas.size(); ++a) {
        const AreaShape& area = areas[a];
        found.clear();
        Placement placement = Placement::Centre;
        double areaKm2 = 0;
        Box box;
        for (const auto& polygon : area.polygons) {
            areaKm2 += planeAreaKm2(polygon);
            if (!polygon.rings.empty()) for (glm::dvec2 p : polygon.rings[0]) box.add(p);
        }
        if (areaKm2 > 0 && !box.empty()) {
            fillPolygons(area.polygons, box, cellSizeFor(areaKm2, options), found);
            placement = Placement::Boundary;
        } else if (area.landAreaKm2 > 0) {
            fillDisc(area.centreKm, std::sqrt(area.landAreaKm2 / kPi), cellSizeFor(area.landAreaKm2, options), found);
            placement = Placement::Disc;
        }
        if (found.empty()) {
            found.push_back(area.centreKm);
            placement = Placement::Centre;
        }
        cells.positions.insert(cells.positions.end(), found.begin(), found.end());
        cells.areaOf.insert(cells.areaOf.end(), found.size(), static_cast<uint32_t>(a));
        cells.cellCount.push_back(static_cast<uint32_t>(found.size()));
        cells.placement.push_back(placement);
    }
    return cells;
}

}  // namespace wb::geo
