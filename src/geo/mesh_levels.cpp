#include "geo/mesh_levels.h"

#include <algorithm>
#include <cmath>

#include "geo/polygon_mesh.h"
#include "geo/shared_border_simplify.h"

namespace wb::geo {
namespace {

constexpr double kFinestToleranceKm = 0.002;
constexpr double kMaxErrorPixels = 0.5;  // below what anyone sees at the screen's own resolution
// Two levels per doubling of the tolerance: a view's tolerance is then at least 71% of what it may
// be (fewer triangles), and a zoom step of the wheel still reuses a level most of the time.
constexpr double kStepsPerDoubling = 2;
constexpr int kCoarsestLevel = 40;      // 2 m * 2^19.5: far beyond any view of the Netherlands
// Levels kept built: zooming back and forth between a few scales costs nothing, and a long zoom
// from the country to a street does not keep a dozen meshes of every neighbourhood in memory.
constexpr size_t kKeptLevels = 4;

}  // namespace

int MeshLevels::levelFor(double kmPerPixel) {
    const double allowed = kMaxErrorPixels * kmPerPixel;
    if (!(allowed >= kFinestToleranceKm)) return 0;  // also for NaN
    const int level = 1 + static_cast<int>(std::floor(kStepsPerDoubling * std::log2(allowed / kFinestToleranceKm)));
    // The logarithm may land a hair on the wrong side of a step: the tolerance decides.
    if (level > 1 && toleranceKm(level) > allowed) return std::min(kCoarsestLevel, level - 1);
    return std::min(kCoarsestLevel, level);
}

double MeshLevels::toleranceKm(int level) {
    return kFinestToleranceKm * std::exp2(static_cast<double>(level - 1) / kStepsPerDoubling);
}

const FeatureMesh& MeshLevels::mesh(int level) {
    auto found = built_.find(level);
    if (found == built_.end()) {
        if (built_.size() >= kKeptLevels) {
            built_.erase(std::min_element(built_.begin(), built_.end(), [](const auto& a, const auto& b) {
                return a.second.lastUse < b.second.lastUse;
            }));
        }
        const std::vector<uint8_t> keep = simplifySharedBorders(polygons_, toleranceKm(level));
        found = built_.emplace(level, Built{buildPolygonMesh(polygons_, &keep), 0}).first;
    }
    found->second.lastUse = ++uses_;
    return found->second.mesh;
}

}  // namespace wb::geo
