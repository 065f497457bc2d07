#include "app/heatmap_benchmark.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "geo/feature_mesh.h"
#include "geo/projection.h"
#include "io/geo_file_reader.h"
#include "render/heatmap_renderer.h"
#include "render/render_target.h"

namespace wb {
namespace {

constexpr int kWidth = 1280, kHeight = 800;
constexpr float kOpacity = 0.8f;
// tests/bench/render_pages/common.js HEAT_RADII: what the JS libraries get, in pixels.
constexpr double kLibraryRadiiPixels[] = {30, 20, 40, 25, 35, 15, 45, 28, 38, 22};

// splitmix64: small, fast and the same everywhere, so every run draws the same points.
class Random {
public:
    explicit Random(uint64_t seed) : state_(seed) {}
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double normal() {  // Box-Muller
        const double u = std::max(uniform(), 1e-12), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }

private:
    uint64_t next() {
        uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    uint64_t state_;
};

// The map the heat map is blended over: here just its background colour, cleared every frame.
void clearMap(const render::RenderTarget& map) {
    glBindFramebuffer(GL_FRAMEBUFFER, map.framebuffer());
    glViewport(0, 0, kWidth, kHeight);
    glClearColor(238 / 255.f, 242 / 255.f, 245 / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
}

// Ends a timed frame: the pixel can only be read once everything before it was drawn.
void waitForPixels(const render::RenderTarget& map) {
    uint8_t pixel[4];
    glBindFramebuffer(GL_FRAMEBUFFER, map.framebuffer());
    glReadPixels(kWidth / 2, kHeight / 2, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

HeatPoints benchmarkHeatPoints(size_t count) {
    // The land's extent in RD km (about 13,000 by 30,000 km^2 of it), around which towns lie.
    const glm::dvec2 low = geo::projectLonLat(3.6, 51.0), high = geo::projectLonLat(7.1, 53.4);
    Random random(20250611);
    constexpr int kTowns = 60;
    std::vector<glm::dvec2> towns;
    std::vector<double> townSizes;
    for (int i = 0; i < kTowns; ++i) {
        towns.emplace_back(low.x + random.uniform() * (high.x - low.x), low.y + random.uniform() * (high.y - low.y));
        townSizes.push_back(2.0 + random.uniform() * 8.0);  // km
    }
    HeatPoints points;
    points.positions.reserve(count);
    points.weights.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        if (random.uniform() < 2.0 / 3.0) {
            const size_t town = static_cast<size_t>(random.uniform() * kTowns) % kTowns;
            points.positions.push_back(towns[town] + glm::dvec2(random.normal(), random.normal()) * townSizes[town]);
        } else {
            points.positions.emplace_back(low.x + random.uniform() * (high.x - low.x), low.y + random.uniform() * (high.y - low.y));
        }
        points.weights.push_back(1.0 + std::floor(random.uniform() * 10.0));
    }
    return points;
}

HeatPoints heatPointsFromGeoJson(std::string_view geojson) {
    const io::FeatureSet set = io::readGeoFile(geojson);
    HeatPoints points;
    for (const io::Feature& feature : set.features) {
        double weight = 1.0;
        if (const std::string* text = feature.property("weight")) {
            char* end = nullptr;
            const double value = std::strtod(text->c_str(), &end);
            if (end != text->c_str() && value > 0) weight = value;
        }
        for (const io::LonLat& p : feature.points) {
            points.positions.push_back(geo::projectLonLat(p.lon, p.lat));
            points.weights.push_back(weight);
        }
    }
    return points;
}

HeatmapBenchmarkResult runHeatmapBenchmark(const HeatPoints& points, int frames, std::vector<double> bandwidthsKm,
                                           double startedAtMs) {
    HeatmapBenchmarkResult result;
    result.points = points.positions.size();
    geo::Bounds box;
    for (const glm::dvec2& p : points.positions) box.include(p);
    geo::MapView view;
    view.setViewport({kWidth, kHeight});
    if (!box.empty()) view.fit(box.min, box.max, 0.02);
    if (bandwidthsKm.empty()) {
        for (double radius : kLibraryRadiiPixels) bandwidthsKm.push_back(radius / 3.0 * view.kmPerPixel());
    }

    render::RenderTarget map;
    map.resize({kWidth, kHeight});
    render::HeatmapRenderer heat;
    heat.setPoints(points.positions, points.weights);
    clearMap(map);
    heat.draw(view, map.framebuffer(), {kWidth, kHeight}, bandwidthsKm.front(), kOpacity);
    waitForPixels(map);
    result.firstFrameMs = emscripten_get_now() - startedAtMs;

    for (int i = 0; i < frames; ++i) {
        const double bandwidth = bandwidthsKm[static_cast<size_t>(i + 1) % bandwidthsKm.size()];
        const double frameStart = emscripten_get_now();
        clearMap(map);
        heat.draw(view, map.framebuffer(), {kWidth, kHeight}, bandwidth, kOpacity);
        waitForPixels(map);
        result.rerenderMs.push_back(emscripten_get_now() - frameStart);
        result.bandwidthsKm.push_back(bandwidth);
    }
    result.medianRerenderMs = median(result.rerenderMs);
    result.halfFloat = heat.halfFloat();
    result.splats = heat.splatCount();
    result.blurs = heat.blurCount();
    result.maximumDensity = heat.readMaximum();
    return result;
}

}  // namespace wb
