// An offscreen colour target: a framebuffer with one RGBA8 texture, resized on demand.
#pragma once

#include <glm/vec2.hpp>

#include "render/gl.h"

namespace wb::render {

class RenderTarget {
public:
    RenderTarget();
    ~RenderTarget();
    RenderTarget(const RenderTarget&) = delete;
    RenderTarget& operator=(const RenderTarget&) = delete;

    // Reallocates the texture when the size differs (its content is then undefined).
    void resize(glm::ivec2 pixels);
    GLuint framebuffer() const { return framebuffer_; }
    GLuint texture() const { return texture_; }
    glm::ivec2 size() const { return size_; }

private:
    GLuint framebuffer_ = 0, texture_ = 0;
    glm::ivec2 size_{0, 0};
};

}  // namespace wb::render
