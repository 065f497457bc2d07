// Density heat map on the GPU (DESIGN.md section 4): a gaussian kernel density of weighted points,
// drawn through a 1-D colour ramp (heat_ramp.h) over the map.
//
// How: (1) every point is splatted with additive blending into a half-float target the size of the
// map, as a one-pixel sprite (its weight lands in the pixel it falls in); (2) for wide bandwidths
// that target is summed 2 x 2 into coarser levels until a standard deviation is at most three
// texels; (3) a separable gaussian blur (along x, then y) at that level applies the kernel;
// (4) a chain of 4 x 4 max reductions finds the highest density in view; (5) a colour pass maps
// density / maximum through the ramp texture and blends it over the map.
//
// Why not a gaussian sprite per point: measured in headless Chromium on SwiftShader (the test
// machines' renderer), a sprite costs about 20 microseconds as an instanced quad and 3 as a
// point whatever its size, so 100,000 sprites take 0.3 to 2 seconds for every bandwidth change.
// Splatting once and blurring makes a bandwidth change cost a few full-screen passes, independent
// of the number of points; the points are only splatted again when they or the view change. The
// result is the same kernel density, with positions rounded to the pixel (at most half a pixel).
//
// Normalisation: by the maximum in view, computed on the GPU (no read-back that would stall the
// pipeline). The ramp thus always spans what is on screen; the legend says "highest in view".
//
// Precision: the targets are one half-float channel (R16F; the density is a scalar). Rendering to
// it needs EXT_color_buffer_float (WebGL2); without it the renderer falls back to RGBA8 and says
// so (halfFloat() false, a console warning): 8 bits saturate, so one point of mean weight is one
// step of 255 and the blur keeps a lone point's height instead of its mass. In half floats weights
// are scaled to a mean of 1 (sums of whole counts are exact up to 2048 per pixel), and further
// down when all of them together would pass 60,000, so nothing can overflow 65,504.
#pragma once

#include <vector>

#include <glm/vec2.hpp>

#include "geo/map_view.h"
#include "render/gl.h"
#include "render/shader_program.h"

namespace wb::render {

class HeatmapRenderer {
public:
    HeatmapRenderer();  // needs a current GL context
    ~HeatmapRenderer();
    HeatmapRenderer(const HeatmapRenderer&) = delete;
    HeatmapRenderer& operator=(const HeatmapRenderer&) = delete;

    // The points (projected km) and their weights (> 0), uploaded once.
    void setPoints(const std::vector<glm::dvec2>& positions, const std::vector<double>& weights);
    size_t pointCount() const { return static_cast<size_t>(pointCount_); }

    // Blends the heat map over `target` (a framebuffer `pixels` in size showing `view`).
    void draw(const geo::MapView& view, GLuint target, glm::ivec2 pixels, double bandwidthKm, float opacity);

    bool halfFloat() const { return halfFloat_; }
    // How often the points were splatted, and the kernel applied: for tests and benchmarks.
    long splatCount() const { return splats_; }
    long blurCount() const { return blurs_; }
    // The highest density in view as last computed, read back from the GPU (a stall: tests and
    // benchmarks only). 0 before the first draw.
    double readMaximum();

private:
    struct Target {  // one single-channel texture with its framebuffer
        GLuint texture = 0, framebuffer = 0;
        glm::ivec2 size{0, 0};
    };
    void allocate(Target& target, glm::ivec2 size);
    void release(Target& target);
    void bindTarget(const Target& target);
    void splat(const geo::MapView& view, glm::ivec2 pixels);
    const Target& levelFor(int level);
    void blur(const Target& source, double sigmaTexels);
    void reduceToMaximum();
    void composite(GLuint target, glm::ivec2 pixels, float opacity);

    ShaderProgram splat_, downsample_, blur_, maximum_, ramp_;
    GLint uSplatWorldToClip_ = -1, uDownsampleSource_ = -1, uBlurSource_ = -1, uBlurStep_ = -1, uBlurRadius_ = -1,
          uBlurWeights_ = -1, uMaxSource_ = -1, uRampDensity_ = -1, uRampMaximum_ = -1, uRampTexture_ = -1,
          uRampOpacity_ = -1;
    GLuint pointVao_ = 0, emptyVao_ = 0, pointBuffer_ = 0, rampTexture_ = 0;
    GLsizei pointCount_ = 0;
    bool halfFloat_ = false;

    std::vector<Target> levels_;     // [0] the splatted weights at the map's size, then 2 x 2 sums
    int levelsReady_ = 0;            // how many levels hold the current splat
    Target across_, density_;        // the blur along x, then along y: the density
    std::vector<Target> reductions_; // maxima of 4 x 4 blocks of the density, down to 1 x 1

    // What the targets were made for.
    long pointsVersion_ = 0, splattedVersion_ = -1, blurredSplat_ = -1;
    glm::dvec2 splattedCentre_{0, 0};
    double splattedKmPerPixel_ = 0, blurredBandwidth_ = 0;
    glm::ivec2 splattedPixels_{0, 0};
    long splats_ = 0, blurs_ = 0;
};

}  // namespace wb::render
