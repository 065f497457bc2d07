// Coarser meshes of the same boundary polygons for views that show them small. A map of 15,000
// neighbourhoods fitted to a laptop screen draws each in a few pixels; its half a million
// triangles cost a software renderer (and a weak GPU) hundreds of milliseconds per drawing,
// while a mesh whose borders are simplified to half a pixel (shared_border_simplify.h) looks the
// same and has a tenth of them.
//
// Levels are fixed steps of tolerance, from 2 m up by a factor of sqrt(2) each, so zooming by a
// few wheel steps reuses a level instead of building a new one; each level is built the first
// time a view needs it, and the few used last are kept. Level 0 means every corner: the caller's
// full mesh (which picking and outlines use at any scale).
#pragma once

#include <map>

#include "geo/feature_mesh.h"
#include "geo/projected_polygons.h"

namespace wb::geo {

class MeshLevels {
public:
    explicit MeshLevels(ProjectedPolygons polygons) : polygons_(std::move(polygons)) {}

    // The coarsest level whose borders stay within half a pixel at `kmPerPixel`; 0 when only the
    // full mesh will do.
    static int levelFor(double kmPerPixel);
    static double toleranceKm(int level);  // level >= 1

    // The mesh of `level` (>= 1), built on first use. The reference holds until the next call.
    const FeatureMesh& mesh(int level);
    const ProjectedPolygons& polygons() const { return polygons_; }

private:
    struct Built {
        FeatureMesh mesh;
        long lastUse = 0;
    };
    ProjectedPolygons polygons_;
    std::map<int, Built> built_;
    long uses_ = 0;
};

}  // namespace wb::geo
