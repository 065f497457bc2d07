// Triangles and outlines for boundary polygons (municipalities, districts, neighbourhoods), in the
// same FeatureMesh form as the hex tiles, so the renderer draws either without knowing which.
//
// Each polygon is triangulated once with earcut (outer ring with its holes), from the projected
// form (projected_polygons.h, which drops broken and repeated positions). Input may come from any
// file a user drops in, so bad geometry must not stop the map: a ring that cannot be triangulated
// (zero area, fewer than three distinct points) still gets its outline.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/feature_mesh.h"
#include "geo/polygon.h"
#include "geo/projected_polygons.h"

namespace wb::geo {

// Feature i of the mesh is feature i of `polygons`. With `keep` (one flag per corner, from
// simplifySharedBorders) only the kept corners are used: a coarser mesh of the same features.
FeatureMesh buildPolygonMesh(const ProjectedPolygons& polygons, const std::vector<uint8_t>* keep = nullptr);

// Feature i of the mesh is featurePolygons[i]; a feature may have any number of polygons (none
// gives a feature without geometry, with empty bounds).
FeatureMesh buildPolygonMesh(const std::vector<std::vector<Polygon>>& featurePolygons);

}  // namespace wb::geo
