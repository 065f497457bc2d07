// Draws area features (triangles from geo::FeatureMesh) into an offscreen texture that the map
// panel shows as an image. The mesh is uploaded once; colours live in a per-feature texture.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/vec2.hpp>

#include "geo/feature_mesh.h"
#include "geo/map_view.h"
#include "render/color_ramp.h"
#include "render/gl.h"
#include "render/shader_program.h"

namespace wb::render {

class MapRenderer {
public:
    MapRenderer();  // needs a current GL context; compiles the shaders
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    void setMesh(const geo::FeatureMesh& mesh);
    // One packed RGBA colour per feature (see packRgba).
    void setFeatureColours(const std::vector<uint32_t>& colours);
    void setBackground(Rgb colour) { background_ = colour; }
    // Area edges drawn over the fills (boundary maps); off for tiles, whose gaps are the edges.
    void setOutlines(bool on) { outlines_ = on; }

    // Renders the view into the offscreen target, resized to `pixels` when needed.
    void render(const geo::MapView& view, glm::ivec2 pixels);
    GLuint texture() const { return colourTexture_; }
    // The offscreen target: layers drawn on top of the areas (points, heat map) bind it after
    // render() and draw with the same view.
    GLuint framebuffer() const { return framebuffer_; }
    glm::ivec2 size() const { return targetSize_; }

private:
    void resizeTarget(glm::ivec2 pixels);

    ShaderProgram fill_;
    GLint uWorldToClip_ = -1, uFeatureColours_ = -1, uSolidColour_ = -1, uHatchColour_ = -1;
    GLuint vao_ = 0, outlineVao_ = 0, vertexBuffer_ = 0, featureBuffer_ = 0, indexBuffer_ = 0, outlineBuffer_ = 0;
    GLsizei indexCount_ = 0, outlineCount_ = 0;
    bool outlines_ = false;
    GLuint featureTexture_ = 0;
    GLuint framebuffer_ = 0, colourTexture_ = 0;
    glm::ivec2 targetSize_{0, 0};
    Rgb background_{238, 242, 245};
};

}  // namespace wb::render
