// Which map feature lies under a point of the plane: the mouse over the map, a click to select.
// Works on the triangles the GPU draws, so what is picked is exactly what is seen (holes and
// tile gaps included), for hexagon tiles and boundary polygons alike.
#pragma once

#include <optional>

#include "geo/feature_mesh.h"

namespace wb::geo {

// The feature whose triangles contain `world` (km), or nullopt. Features are tested only when
// their bounding box contains the point: about a microsecond for the 342 municipalities.
std::optional<size_t> featureAt(const FeatureMesh& mesh, glm::dvec2 world);

// A point surely inside the feature (the centre of its largest triangle): where to put a label,
// where a test clicks. Nullopt for a feature without triangles.
std::optional<glm::dvec2> pointInside(const FeatureMesh& mesh, size_t feature);

}  // namespace wb::geo
