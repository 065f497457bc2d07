// Where an area's residents are assumed to live, for coverage analysis. The dashboard holds only
// aggregate counts per area (never person records), so population must be placed by a model:
//
//   - An area with a boundary: its residents are spread evenly over the polygon. The polygon is
//     sampled on a square grid of cells (about `cellsPerArea` of them); a cell counts when its
//     centre lies inside the polygon (even-odd rule over all rings, so holes are respected). Every
//     cell of an area stands for the same share of its residents: 1 / (number of cells).
//   - An area without a boundary but with a land area: the same grid over a disc of that area
//     around the centroid (the default database has no boundaries until they are imported).
//   - Otherwise, or when no cell centre falls inside (a sliver): one cell at the centroid.
//
// Even spreading ignores where people really live within an area (a town and its fields weigh the
// same), which is the price of having no finer data; at neighbourhood level the error is small.
// All positions are in the RD plane in km (projection.h), where distances are ground distances
// to within 0.025%.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/polygon.h"

namespace wb::geo {

struct PlanePolygon {
    std::vector<std::vector<glm::dvec2>> rings;  // km; rings[0] outer, the rest holes
};

// WGS84 polygons projected to the RD plane.
std::vector<PlanePolygon> projectPolygons(const std::vector<Polygon>& polygons);

// The area enclosed by a polygon (outer ring minus holes), km^2.
double planeAreaKm2(const PlanePolygon& polygon);

struct AreaShape {
    std::vector<PlanePolygon> polygons;  // may be empty: no boundary known
    glm::dvec2 centreKm{0, 0};           // the centroid, for the disc and the last resort
    double landAreaKm2 = 0;              // the disc's area when there is no boundary; 0: none
};

struct SpreadOptions {
    int cellsPerArea = 400;  // the aim; the grid gives about this many
    double cellSizeKm = 0;   // > 0: this cell size for every area instead (tests, fine analyses)
};

enum class Placement { Boundary, Disc, Centre };

// The sample cells of every area, in area order.
struct PopulationCells {
    std::vector<glm::dvec2> positions;  // km, one per cell
    std::vector<uint32_t> areaOf;       // the area index of each cell
    std::vector<uint32_t> cellCount;    // per area, at least 1
    std::vector<Placement> placement;   // per area, how its residents were placed
};

PopulationCells spreadPopulation(const std::vector<AreaShape>& areas, const SpreadOptions& options = {});

}  // namespace wb::geo
