#include "render/map_renderer.h"

#include <algorithm>
#include <utility>

#include "render/embedded_shaders.h"

namespace wb::render {
namespace {

constexpr int kFeatureTextureWidth = 1024;  // must match area_fill.vert

}  // namespace

MapRenderer::MapRenderer()
    : fill_(shaderText(shader_area_fill_vert), shaderText(shader_area_fill_frag)) {
    uWorldToClip_ = fill_.uniform("u_worldToClip");
    uFeatureColours_ = fill_.uniform("u_featureColours");
    uSolidColour_ = fill_.uniform("u_solidColour");
    uHatchColour_ = fill_.uniform("u_hatchColour");
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
    glGenFramebuffers(1, &framebuffer_);
    glGenTextures(1, &colourTexture_);
}

MapRenderer::~MapRenderer() {
    const GLuint arrays[] = {vao_, outlineVao_};
    glDeleteVertexArrays(2, arrays);
    const GLuint buffers[] = {vertexBuffer_, featureBuffer_, indexBuffer_, outlineBuffer_};
    glDeleteBuffers(4, buffers);
    const GLuint textures[] = {featureTexture_, colourTexture_};
    glDeleteTextures(2, textures);
    glDeleteFramebuffers(1, &framebuffer_);
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
}

void MapRenderer::resizeTarget(glm::ivec2 pixels) {
    targetSize_ = pixels;
    glBindTexture(GL_TEXTURE_2D, colourTexture_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, pixels.x, pixels.y, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colourTexture_, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void MapRenderer::render(const geo::MapView& view, glm::ivec2 pixels) {
    pixels = glm::max(pixels, glm::ivec2(1));
    if (pixels != targetSize_) resizeTarget(pixels);

    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, pixels.x, pixels.y);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glClearColor(background_.r / 255.f, background_.g / 255.f, background_.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (indexCount_ > 0) {
        glUseProgram(fill_.id());
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
