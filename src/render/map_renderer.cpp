#include "render/map_renderer.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "render/embedded_shaders.h"

namespace wb::render {
namespace {

constexpr int kFeatureTextureWidth = 1024;  // must match area_fill.vert
// Cache margin as a share of the view's larger side: a drag rarely moves the map further than
// that before the mouse is released, and the cache stays a few megabytes.
constexpr double kCacheMarginShare = 0.25;

}  // namespace

MapRenderer::MapRenderer()
    : fill_(shaderText(shader_area_fill_vert), shaderText(shader_area_fill_frag)) {
    glGenVertexArrays(1, &vao_);
    glGenVertexArrays(1, &outlineVao_);
    glGenBuffers(1, &vertexBuffer_);
    glGenBuffers(1, &featureBuffer_);
    glGenBuffers(1, &indexBuffer_);
    glGenBuffers(1, &outlineBuffer_);
    glGenTextures(1, &featureTexture_);
    glBindTexture(GL_TEXTURE_2D, featureTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
}

MapRenderer::~MapRenderer() {
    const GLuint arrays[] = {vao_, outlineVao_};
    glDeleteVertexArrays(2, arrays);
    const GLuint buffers[] = {vertexBuffer_, featureBuffer_, indexBuffer_, outlineBuffer_};
    glDeleteBuffers(4, buffers);
    glDeleteTextures(1, &featureTexture_);
}

void MapRenderer::setMesh(const geo::FeatureMesh& mesh) {
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.positions.size() * sizeof(float)),
                 mesh.positions.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, featureBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.featureIds.size() * sizeof(float)),
                 mesh.featureIds.data(), GL_STATIC_DRAW);
    // Fills and outlines share the vertices; each vertex array has its own index buffer.
    const std::pair<GLuint, const std::vector<uint32_t>*> arrays[] = {{vao_, &mesh.indices},
                                                                      {outlineVao_, &mesh.outlineIndices}};
    const GLuint indexBuffers[] = {indexBuffer_, outlineBuffer_};
    for (int i = 0; i < 2; ++i) {
        glBindVertexArray(arrays[i].first);
        glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
        glBindBuffer(GL_ARRAY_BUFFER, featureBuffer_);
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 0, nullptr);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffers[i]);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(arrays[i].second->size() * sizeof(uint32_t)),
                     arrays[i].second->data(), GL_STATIC_DRAW);
    }
    glBindVertexArray(0);
    indexCount_ = static_cast<GLsizei>(mesh.indices.size());
    outlineCount_ = static_cast<GLsizei>(mesh.outlineIndices.size());
    ++version_;
}

void MapRenderer::setBackground(Rgb colour) {
    background_ = colour;
    ++version_;
}

void MapRenderer::setOutlines(bool on) {
    if (on != outlines_) ++version_;
    outlines_ = on;
}

void MapRenderer::setFeatureColours(const std::vector<uint32_t>& colours) {
    const int count = std::max<int>(1, static_cast<int>(colours.size()));
    const int width = std::min(count, kFeatureTextureWidth);
    const int height = (count + kFeatureTextureWidth - 1) / kFeatureTextureWidth;
    std::vector<uint32_t> texels(static_cast<size_t>(width) * height, 0);
    std::copy(colours.begin(), colours.end(), texels.begin());
    glBindTexture(GL_TEXTURE_2D, featureTexture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    ++version_;
}

void MapRenderer::render(const geo::MapView& view, glm::ivec2 pixels) {
    pixels = glm::max(pixels, glm::ivec2(1));
    output_.resize(pixels);
    const int margin = static_cast<int>(std::max(pixels.x, pixels.y) * kCacheMarginShare);
    const bool sameDrawing = cachedVersion_ == version_ && cachedKmPerPixel_ == view.kmPerPixel();
    // Where the view's centre lies in the cached image, in pixels from the cached centre (y up).
    const glm::dvec2 shift = (view.centre() - cachedCentre_) / view.kmPerPixel();
    const bool cacheCovers = cacheValid_ && sameDrawing && cache_.size() == pixels + 2 * margin &&
                             std::abs(shift.x) <= margin && std::abs(shift.y) <= margin;
    if (!cacheCovers) {
        if (!sameDrawing || output_.size() != directSize_) {
            // A new scale or new content (a zoom step, a new map): draw just the view, straight into
            // the output. The cache is drawn when the view is first panned at this scale.
            drawAreas(output_, view, pixels);
            cachedVersion_ = version_;
            cachedKmPerPixel_ = view.kmPerPixel();
            cachedCentre_ = view.centre();
            directSize_ = pixels;
            cacheValid_ = false;
            ++redraws_;
            return;
        }
        if (!cacheValid_ && view.centre() == cachedCentre_) return;  // the output still shows this view
        margin_ = margin;
        cache_.resize(pixels + 2 * margin);
        geo::MapView cacheView = view;
        cacheView.setViewport(cache_.size());
        drawAreas(cache_, cacheView, cache_.size());
        cachedCentre_ = view.centre();
        cacheValid_ = true;
        ++redraws_;
    }
    // Copy the view's part of the cache, rounded to whole pixels (half a pixel at most, never adding
    // up: the shift is always measured from where the cache was drawn).
    const glm::dvec2 now = (view.centre() - cachedCentre_) / view.kmPerPixel();
    const int x0 = margin_ + static_cast<int>(std::lround(now.x));
    const int y0 = margin_ + static_cast<int>(std::lround(now.y));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, cache_.framebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, output_.framebuffer());
    glBlitFramebuffer(x0, y0, x0 + pixels.x, y0 + pixels.y, 0, 0, pixels.x, pixels.y, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
}

void MapRenderer::drawAreas(const RenderTarget& target, const geo::MapView& view, glm::ivec2 pixels) {
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer());
    glViewport(0, 0, pixels.x, pixels.y);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glClearColor(background_.r / 255.f, background_.g / 255.f, background_.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (indexCount_ > 0) {
        glUseProgram(fill_.id());
        if (!uniformsLocated_) {  // at the first drawing, not at construction (render/shader_program.h)
            uWorldToClip_ = fill_.uniform("u_worldToClip");
            uFeatureColours_ = fill_.uniform("u_featureColours");
            uSolidColour_ = fill_.uniform("u_solidColour");
            uHatchColour_ = fill_.uniform("u_hatchColour");
            uniformsLocated_ = true;
        }
        const glm::mat4 m = view.worldToClip();
        glUniformMatrix4fv(uWorldToClip_, 1, GL_FALSE, &m[0][0]);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, featureTexture_);
        glUniform1i(uFeatureColours_, 0);
        glUniform4f(uSolidColour_, 0, 0, 0, 0);
        const Rgb hatch = kSuppressedHatchColour;
        glUniform3f(uHatchColour_, hatch.r / 255.f, hatch.g / 255.f, hatch.b / 255.f);
        glBindVertexArray(vao_);
        glDrawElements(GL_TRIANGLES, indexCount_, GL_UNSIGNED_INT, nullptr);
        if (outlines_ && outlineCount_ > 0) {
            // Thin light edges: they separate areas of the same class without competing with the fills.
            glUniform4f(uSolidColour_, 1.0f, 1.0f, 1.0f, 1.0f);
            glBindVertexArray(outlineVao_);
            glDrawElements(GL_LINES, outlineCount_, GL_UNSIGNED_INT, nullptr);
        }
        glBindVertexArray(0);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace wb::render
