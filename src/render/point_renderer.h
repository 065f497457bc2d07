// Point layers over the map: symbols (one shape and colour per category, drawn by
// shaders/point_symbol.frag) as instanced quads, one draw call per layer, in a constant size on
// screen; and coverage rings, circles of a radius on the ground around points, in one more call.
// The instances are uploaded when the layers change (clustering at a new zoom, a layer turned on);
// a frame that only pans or hovers draws the same buffers with a new view.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/map_view.h"
#include "render/color_ramp.h"
#include "render/gl.h"
#include "render/shader_program.h"

namespace wb::render {

// One symbol to draw: a point, or a cluster standing for several.
struct PointSymbol {
    float x = 0, y = 0;          // km
    float shape = 0;             // SymbolShape code
    float sizePixels = 0;        // diameter, CSS pixels
    uint8_t r = 0, g = 0, b = 0, a = 255;
};

class PointRenderer {
public:
    PointRenderer();  // needs a current GL context
    ~PointRenderer();
    PointRenderer(const PointRenderer&) = delete;
    PointRenderer& operator=(const PointRenderer&) = delete;

    // The symbols of layer `layer` (0, 1, ...; drawn in that order, later on top).
    void setLayer(size_t layer, const std::vector<PointSymbol>& symbols);
    void setCoverage(const std::vector<glm::dvec2>& centres, Rgb colour);

    // Draws rings, then symbols, over `target` (a framebuffer `pixels` in size showing `view`).
    void draw(const geo::MapView& view, GLuint target, glm::ivec2 pixels, double coverageRadiusKm);

private:
    struct Layer {
        GLuint vao = 0, buffer = 0;
        GLsizei count = 0;
    };
    Layer& layer(size_t index);

    ShaderProgram symbols_, rings_;
    GLint uSymbolWorldToClip_ = -1, uSymbolViewport_ = -1, uSymbolPixelScale_ = -1;
    GLint uRingWorldToClip_ = -1, uRingRadius_ = -1, uRingPadding_ = -1, uRingPixelsPerKm_ = -1, uRingColour_ = -1;
    GLuint cornerBuffer_ = 0;
    std::vector<Layer> layers_;
    Layer coverage_;
    Rgb coverageColour_{0, 0, 0};
};

}  // namespace wb::render
