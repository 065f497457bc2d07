// libFuzzer target: what the map does with boundaries a user drops in. Every polygon readGeoJson
// accepts is projected, triangulated in full and simplified at two tolerances (shared borders
// once for both neighbours, geo/shared_border_simplify.h), and the meshes built from that must be
// well formed: indices inside the vertices, every primitive within one feature, the per-feature
// offsets in order; every corner left out within the tolerance of what its ring kept.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "geo/polygon_mesh.h"
#include "geo/projected_polygons.h"
#include "geo/shared_border_simplify.h"
#include "io/geojson_reader.h"
#include "io/import_error.h"

namespace {

using namespace wb;

void checkMesh(const geo::FeatureMesh& mesh, size_t featureCount) {
    fuzz::check(mesh.featureCount == featureCount);
    fuzz::check(mesh.positions.size() == 2 * mesh.vertexCount());
    for (float id : mesh.featureIds) fuzz::check(id >= 0 && static_cast<size_t>(id) < featureCount);
    for (uint32_t index : mesh.indices) fuzz::check(index < mesh.vertexCount());
    for (uint32_t index : mesh.outlineIndices) fuzz::check(index < mesh.vertexCount());
    fuzz::check(mesh.indices.size() % 3 == 0 && mesh.outlineIndices.size() % 2 == 0);
    for (size_t t = 0; t < mesh.indices.size(); t += 3) {
        fuzz::check(mesh.featureIds[mesh.indices[t]] == mesh.featureIds[mesh.indices[t + 1]]);
        fuzz::check(mesh.featureIds[mesh.indices[t]] == mesh.featureIds[mesh.indices[t + 2]]);
    }
    fuzz::check(mesh.triangleOffsets.size() == featureCount + 1 && mesh.outlineOffsets.size() == featureCount + 1);
    fuzz::check(std::is_sorted(mesh.triangleOffsets.begin(), mesh.triangleOffsets.end()));
    fuzz::check(mesh.triangleOffsets.back() == mesh.triangleCount());
}

// Douglas-Peucker's promise: a dropped corner lies within the tolerance of the segment between the
// kept corners around it.
void checkWithinTolerance(const geo::ProjectedPolygons& p, const std::vector<uint8_t>& keep, double tolerance) {
    for (size_t r = 0; r < p.ringCount(); ++r) {
        const uint32_t first = p.ringStarts[r], end = p.ringStarts[r + 1];
        uint32_t kept = 0;
        for (uint32_t c = first; c < end; ++c) kept += keep[c];
        fuzz::check(end == first || kept >= std::min<uint32_t>(end - first, 2));
        if (kept == 0) continue;
        for (uint32_t c = first; c < end; ++c) {
            if (keep[c]) continue;
            uint32_t before = c, after = c;
            do before = before == first ? end - 1 : before - 1; while (!keep[before]);
            do after = after + 1 == end ? first : after + 1; while (!keep[after]);
            const glm::dvec2 a = p.corners[before], d = p.corners[after] - a, q = p.corners[c] - a;
            const double length2 = d.x * d.x + d.y * d.y;
            const double t = length2 > 0 ? std::clamp((q.x * d.x + q.y * d.y) / length2, 0.0, 1.0) : 0.0;
            const glm::dvec2 off = q - t * d;
            const double scale = std::max({1.0, std::fabs(a.x), std::fabs(a.y)});
            fuzz::check(std::sqrt(off.x * off.x + off.y * off.y) <= tolerance + 1e-9 * scale);
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    io::FeatureSet set;
    try {
        set = io::readGeoJson(text, fuzz::kLimits);
    } catch (const io::ImportError&) {
        return 0;  // malformed input is expected
    }
    std::vector<std::vector<io::Polygon>> polygons;
    for (io::Feature& feature : set.features) polygons.push_back(std::move(feature.polygons));
    const geo::ProjectedPolygons projected = geo::projectPolygons(polygons);
    checkMesh(geo::buildPolygonMesh(projected), polygons.size());
    for (const double tolerance : {0.05, 5.0}) {
        const std::vector<uint8_t> keep = geo::simplifySharedBorders(projected, tolerance);
        fuzz::check(keep.size() == projected.corners.size());
        checkWithinTolerance(projected, keep, tolerance);
        checkMesh(geo::buildPolygonMesh(projected, &keep), polygons.size());
    }
    return 0;
}
