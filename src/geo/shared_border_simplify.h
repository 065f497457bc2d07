// Fewer corners for areas that tile the map (neighbourhoods, municipalities) when they are drawn
// small: which corners a view can leave out and still be within `toleranceKm` of the true
// borders everywhere, without opening gaps or overlaps between neighbours.
//
// Why not simplify each polygon on its own: two neighbours each simplifying their common border
// would each keep other corners of it, leaving slivers of background between them. Here a border
// that two areas share is simplified once, the same way for both, like a TopoJSON arc:
//   1. Corners are matched by exact position (a hash table).
//   2. A position is fixed where the rings through it do not all have the same two neighbouring
//      positions: where three areas meet, where a shared border meets the coast or changes
//      partner. Fixed is a property of the position, so every ring through it agrees.
//   3. Between two fixed corners each ring runs Douglas-Peucker. The runs two neighbours share are
//      the same corners (one walks them backwards), and the algorithm is made independent of the
//      walking direction (segments measured from their lower end, ties broken by position), so
//      both keep exactly the same corners.
//   A ring without fixed corners (an island, an enclave) is anchored at its lowest corner and the
//   corner farthest from it, which its neighbour finds too.
// Borders that do not match corner for corner (files from different sources) are simplified per
// ring; the gaps that can leave are at most the tolerance wide.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/projected_polygons.h"

namespace wb::geo {

// One flag per corner of `polygons`: 1 to keep it. Every ring keeps at least its anchors, so a
// ring only collapses (below three corners) when it is smaller than the tolerance.
std::vector<uint8_t> simplifySharedBorders(const ProjectedPolygons& polygons, double toleranceKm);

}  // namespace wb::geo
