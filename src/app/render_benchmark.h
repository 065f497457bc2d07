// The work behind Dashboard.benchRender (DESIGN.md section 5): draw a GeoJSON file's polygons as
// a choropleth (fill only, 9 quantile classes of one numeric property, no outlines) into a
// 1280x800 target, fitted to the data; then pan a few pixels per frame. Every timed frame ends
// with a real barrier (reading back one pixel): glFinish does not wait in Chromium. Pans reuse
// the renderer's cached image as in the dashboard (map_renderer.h); `redraws` says how often the
// triangles were drawn again. Used to
// compare with Leaflet, deck.gl and MapLibre drawing the same file (tests/bench/render.mjs).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wb {

struct RenderBenchmarkResult {
    size_t features = 0;
    double firstFrameMs = 0;    // from the bytes to the first finished frame (parse, triangulate, upload, draw)
    // Parts of the first frame: reading the file, triangulating, uploading (shaders, buffers), drawing.
    double parseMs = 0, meshMs = 0, uploadMs = 0, drawMs = 0;
    double medianFrameMs = 0;
    std::vector<double> frameMs;
    long redraws = 0;  // pan frames that drew every triangle again (the others copied the cache)
};

// Needs a current WebGL2 context. Throws io::ImportError for a file that is not GeoJSON polygons.
RenderBenchmarkResult runRenderBenchmark(std::string_view geojson, int frames, const std::string& valueProperty);

}  // namespace wb
