// The work behind Dashboard.benchHeatmap: the density heat map of many points at 1280 x 800,
// fitted to them, then re-rendered after each change of bandwidth, every frame timed from the
// change to the pixels being done (a one-pixel glReadPixels: glFinish does not wait in Chromium).
// The target: 100,000 points re-rendered after a bandwidth change within a frame or two.
// tests/bench/render.mjs compares it with deck.gl's and MapLibre's heat map layers.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "views/point_layers.h"

namespace wb {

struct HeatmapBenchmarkResult {
    size_t points = 0;
    double firstFrameMs = 0;           // from the input (bytes or count) to the first heat map's pixels
    std::vector<double> rerenderMs;    // one per bandwidth change
    double medianRerenderMs = 0;
    std::vector<double> bandwidthsKm;  // as used, one per re-render
    bool halfFloat = false;            // the density target was half-float (else the RGBA8 fallback)
    long splats = 0;                   // how often the points were splatted: once (a bandwidth change keeps them)
    double maximumDensity = 0;         // the highest density in view after the last frame (> 0: something was drawn)
    long blurs = 0;                    // how often the kernel was applied: every frame
};

// `count` points over the Netherlands, the same on every call: two thirds around 60 towns, the
// rest spread over the country; weights 1 to 10.
HeatPoints benchmarkHeatPoints(size_t count);
// Point features of a GeoJSON FeatureCollection, weighted by their "weight" property (1 when it
// is missing), as tests/bench/make_polygons.mjs makes them. Throws io::ImportError on bad input.
HeatPoints heatPointsFromGeoJson(std::string_view geojson);

// Needs a current WebGL2 context. `bandwidthsKm` empty: the radii the JS libraries are given in
// render.mjs (15 to 45 pixels as three standard deviations) in km at the fitted view; cycled
// through for `frames` re-renders. `startedAtMs` (emscripten_get_now) is when the input arrived.
HeatmapBenchmarkResult runHeatmapBenchmark(const HeatPoints& points, int frames, std::vector<double> bandwidthsKm,
                                           double startedAtMs);

}  // namespace wb
