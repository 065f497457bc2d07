#include "render/point_renderer.h"

#include <cstddef>

#include "render/embedded_shaders.h"

namespace wb::render {
namespace {

constexpr double kRingPaddingPixels = 2.0;  // the ring's line, outside the radius

// The four corners of a unit quad, (-1, -1) to (1, 1) as a triangle strip: the per-vertex part of
// the instanced sprites; the per-instance data says where each quad goes and how big it is.
GLuint makeQuadCornerBuffer() {
    static constexpr float kCorners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    GLuint buffer = 0;
    glGenBuffers(1, &buffer);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof kCorners, kCorners, GL_STATIC_DRAW);
    return buffer;
}

// Binds the corners to attribute `location` of the bound vertex array (one per vertex, not per instance).
void bindQuadCorners(GLuint buffer, GLuint location) {
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glVertexAttribDivisor(location, 0);
}

// Standard "over" blending for the colour; the map's alpha stays 1 (the panel blends the image).
void blendOver() {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
}

}  // namespace

PointRenderer::PointRenderer()
    : symbols_(shaderText(shader_point_symbol_vert), shaderText(shader_point_symbol_frag)),
      rings_(shaderText(shader_point_coverage_vert), shaderText(shader_point_coverage_frag)) {
    uSymbolWorldToClip_ = symbols_.uniform("u_worldToClip");
    uSymbolViewport_ = symbols_.uniform("u_viewportPixels");
    uSymbolPixelScale_ = symbols_.uniform("u_pixelScale");
    uRingWorldToClip_ = rings_.uniform("u_worldToClip");
    uRingRadius_ = rings_.uniform("u_radiusKm");
    uRingPadding_ = rings_.uniform("u_paddingKm");
    uRingPixelsPerKm_ = rings_.uniform("u_pixelsPerKm");
    uRingColour_ = rings_.uniform("u_colour");
    cornerBuffer_ = makeQuadCornerBuffer();

    glGenVertexArrays(1, &coverage_.vao);
    glGenBuffers(1, &coverage_.buffer);
    glBindVertexArray(coverage_.vao);
    bindQuadCorners(cornerBuffer_, 0);
    glBindBuffer(GL_ARRAY_BUFFER, coverage_.buffer);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    glVertexAttribDivisor(1, 1);
    glBindVertexArray(0);
}

PointRenderer::~PointRenderer() {
    const auto release = [](Layer& l) {
        glDeleteVertexArrays(1, &l.vao);
        glDeleteBuffers(1, &l.buffer);
    };
    for (Layer& l : layers_) release(l);
    release(coverage_);
    glDeleteBuffers(1, &cornerBuffer_);
}

PointRenderer::Layer& PointRenderer::layer(size_t index) {
    while (layers_.size() <= index) {
        Layer l;
        glGenVertexArrays(1, &l.vao);
        glGenBuffers(1, &l.buffer);
        glBindVertexArray(l.vao);
        bindQuadCorners(cornerBuffer_, 0);
        glBindBuffer(GL_ARRAY_BUFFER, l.buffer);
        const GLsizei stride = sizeof(PointSymbol);
        const auto at = [](size_t offset) { return reinterpret_cast<const void*>(offset); };
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, at(offsetof(PointSymbol, x)));
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, at(offsetof(PointSymbol, shape)));
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, at(offsetof(PointSymbol, sizePixels)));
        glEnableVertexAttribArray(4);
        glVertexAttribPointer(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, at(offsetof(PointSymbol, r)));
        for (GLuint location = 1; location <= 4; ++location) glVertexAttribDivisor(location, 1);
        glBindVertexArray(0);
        layers_.push_back(l);
    }
    return layers_[index];
}

void PointRenderer::setLayer(size_t index, const std::vector<PointSymbol>& symbols) {
    Layer& l = layer(index);
    glBindBuffer(GL_ARRAY_BUFFER, l.buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(symbols.size() * sizeof(PointSymbol)), symbols.data(),
                 GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    l.count = static_cast<GLsizei>(symbols.size());
}

void PointRenderer::setCoverage(const std::vector<glm::dvec2>& centres, Rgb colour) {
    std::vector<float> data;
    data.reserve(centres.size() * 2);
    for (const glm::dvec2& c : centres) data.insert(data.end(), {static_cast<float>(c.x), static_cast<float>(c.y)});
    glBindBuffer(GL_ARRAY_BUFFER, coverage_.buffer);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_DYNAMIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    coverage_.count = static_cast<GLsizei>(centres.size());
    coverageColour_ = colour;
}

void PointRenderer::draw(const geo::MapView& view, GLuint target, glm::ivec2 pixels, double coverageRadiusKm) {
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, pixels.x, pixels.y);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    blendOver();
    const glm::mat4 m = view.worldToClip();
    const double pixelScale = pixels.x / view.viewport().x;
    if (coverage_.count > 0 && coverageRadiusKm > 0) {
        glUseProgram(rings_.id());
        glUniformMatrix4fv(uRingWorldToClip_, 1, GL_FALSE, &m[0][0]);
        glUniform1f(uRingRadius_, static_cast<float>(coverageRadiusKm));
        glUniform1f(uRingPadding_, static_cast<float>(kRingPaddingPixels * view.kmPerPixel()));
        glUniform1f(uRingPixelsPerKm_, static_cast<float>(pixelScale / view.kmPerPixel()));
        glUniform3f(uRingColour_, coverageColour_.r / 255.f, coverageColour_.g / 255.f, coverageColour_.b / 255.f);
        glBindVertexArray(coverage_.vao);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, coverage_.count);
    }
    glUseProgram(symbols_.id());
    glUniformMatrix4fv(uSymbolWorldToClip_, 1, GL_FALSE, &m[0][0]);
    glUniform2f(uSymbolViewport_, static_cast<float>(pixels.x), static_cast<float>(pixels.y));
    glUniform1f(uSymbolPixelScale_, static_cast<float>(pixelScale));
    for (const Layer& l : layers_) {
        if (l.count == 0) continue;
        glBindVertexArray(l.vao);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, l.count);
    }
    glBindVertexArray(0);
    glDisable(GL_BLEND);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace wb::render
