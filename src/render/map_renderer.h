// Draws area features (triangles from geo::FeatureMesh) into an offscreen texture that the map
// panel shows as an image. The mesh is uploaded once; colours live in a per-feature texture.
//
// A new scale or new content (a zoom step, other colours) draws just the view. The first pan at that
// scale draws the areas into a cached image a margin larger than the view on every side; as long as
// only the view's centre moves, by less than the margin, a frame then copies the cached image
// shifted (a framebuffer blit) instead of drawing every triangle again: with 15,000 neighbourhoods
// a redraw costs about a hundred milliseconds in a software renderer, the copy about one.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/feature_mesh.h"
#include "geo/map_view.h"
#include "render/color_ramp.h"
#include "render/gl.h"
#include "render/render_target.h"
#include "render/shader_program.h"

namespace wb::render {

class MapRenderer {
public:
    MapRenderer();  // needs a current GL context; has the shaders compiled
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    void setMesh(const geo::FeatureMesh& mesh);
    // One packed RGBA colour per feature (see packRgba).
    void setFeatureColours(const std::vector<uint32_t>& colours);
    void setBackground(Rgb colour);
    // Area edges drawn over the fills (boundary maps); off for tiles, whose gaps are the edges.
    void setOutlines(bool on);

    // Renders the view into the offscreen target, resized to `pixels` when needed.
    void render(const geo::MapView& view, glm::ivec2 pixels);
    GLuint texture() const { return output_.texture(); }
    // The offscreen target: layers drawn on top of the areas (points, heat map) bind it after
    // render() and draw with the same view.
    GLuint framebuffer() const { return output_.framebuffer(); }
    glm::ivec2 size() const { return output_.size(); }
    // How many times the areas were drawn (not copied from the cache): for tests and benchmarks.
    long redrawCount() const { return redraws_; }

private:
    void drawAreas(const RenderTarget& target, const geo::MapView& view, glm::ivec2 pixels);

    ShaderProgram fill_;
    GLint uWorldToClip_ = -1, uFeatureColours_ = -1, uSolidColour_ = -1, uHatchColour_ = -1;
    bool uniformsLocated_ = false;
    GLuint vao_ = 0, outlineVao_ = 0, vertexBuffer_ = 0, featureBuffer_ = 0, indexBuffer_ = 0, outlineBuffer_ = 0;
    GLsizei indexCount_ = 0, outlineCount_ = 0;
    bool outlines_ = false;
    GLuint featureTexture_ = 0;
    Rgb background_{238, 242, 245};

    RenderTarget cache_;             // the areas, `margin_` pixels beyond the view on every side
    RenderTarget output_;            // what the panel shows: the view, overlays on top
    long version_ = 0;               // bumped by every change of mesh or style
    long cachedVersion_ = -1;         // what the last drawing (cache or output) showed
    glm::dvec2 cachedCentre_{0, 0};
    double cachedKmPerPixel_ = 0;
    bool cacheValid_ = false;         // the cache holds that drawing (else only the output does)
    glm::ivec2 directSize_{0, 0};     // output size of the last direct drawing
    int margin_ = 0;
    long redraws_ = 0;
};

}  // namespace wb::render
