#include "app/render_benchmark.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdlib>

#include "core/classification.h"
#include "geo/mesh_levels.h"
#include "geo/polygon_mesh.h"
#include "io/geo_file_reader.h"
#include "render/color_ramp.h"
#include "render/map_renderer.h"

namespace wb {
namespace {

constexpr int kWidth = 1280, kHeight = 800;
constexpr double kPanPixelsPerFrame = 3;
constexpr int kRampSteps = 9;

// Ends a timed frame: the pixel can only be read once everything before it was drawn.
void waitForPixels(const render::MapRenderer& renderer) {
    uint8_t pixel[4];
    glBindFramebuffer(GL_FRAMEBUFFER, renderer.framebuffer());  // the output, not the cache
    glReadPixels(kWidth / 2, kHeight / 2, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::optional<double> numberOf(const io::Feature& feature, const std::string& property) {
    const std::string* text = feature.property(property);
    if (!text || text->empty()) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text->c_str(), &end);
    return end == text->c_str() + text->size() ? std::optional<double>(value) : std::nullopt;
}

}  // namespace

RenderBenchmarkResult runRenderBenchmark(std::string_view geojson, int frames, const std::string& valueProperty) {
    RenderBenchmarkResult result;
    // The map exists before its data arrives, in the dashboard as in the JavaScript libraries'
    // pages (their map objects are made before the clock starts): the shaders are compiled here.
    render::MapRenderer renderer;
    const double start = emscripten_get_now();

    io::FeatureSet set = io::readGeoFile(geojson);
    result.parseMs = emscripten_get_now() - start;
    std::vector<std::vector<io::Polygon>> polygons;
    std::vector<std::optional<double>> values;
    polygons.reserve(set.features.size());
    values.reserve(set.features.size());
    for (io::Feature& feature : set.features) {
        polygons.push_back(std::move(feature.polygons));  // the features are not needed again
        values.push_back(numberOf(feature, valueProperty));
    }
    // The polygons are drawn as the map panel draws them at this scale: the view is fitted first,
    // then the mesh of the level that scale needs (geo/mesh_levels.h).
    const double meshStart = emscripten_get_now();
    geo::MeshLevels levels(geo::projectPolygons(polygons));
    const geo::Bounds bounds = levels.polygons().bounds();
    geo::MapView view;
    view.setViewport({kWidth, kHeight});
    view.fit(bounds.min, bounds.max, 0.02);
    const int level = geo::MeshLevels::levelFor(view.kmPerPixel());
    const geo::FeatureMesh fullMesh = level > 0 ? geo::FeatureMesh{} : geo::buildPolygonMesh(levels.polygons());
    const geo::FeatureMesh& mesh = level > 0 ? levels.mesh(level) : fullMesh;
    result.meshMs = emscripten_get_now() - meshStart;
    const Classification classes = quantileClasses(values, kRampSteps);
    std::vector<uint32_t> colours(values.size(), render::packRgba(render::kNoDataColour));
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i]) colours[i] = render::packRgba(render::rampColour(classes.classOf(*values[i]), classes.classCount()));
    }

    const double uploadStart = emscripten_get_now();
    renderer.setMesh(mesh);
    renderer.setFeatureColours(colours);
    result.uploadMs = emscripten_get_now() - uploadStart;
    const double drawStart = emscripten_get_now();
    renderer.render(view, {kWidth, kHeight});
    waitForPixels(renderer);
    result.drawMs = emscripten_get_now() - drawStart;
    result.features = set.features.size();
    result.firstFrameMs = emscripten_get_now() - start;
    const long redrawsBefore = renderer.redrawCount();

    for (int i = 0; i < frames; ++i) {
        const double frameStart = emscripten_get_now();
        view.panByPixels({kPanPixelsPerFrame, 0});
        renderer.render(view, {kWidth, kHeight});
        waitForPixels(renderer);
        result.frameMs.push_back(emscripten_get_now() - frameStart);
    }
    result.redraws = renderer.redrawCount() - redrawsBefore;
    if (!result.frameMs.empty()) {
        std::vector<double> sorted = result.frameMs;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        result.medianFrameMs = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
    return result;
}

}  // namespace wb
