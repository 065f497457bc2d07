// A linked GLSL ES 3.00 program. Compile and link errors throw with the driver's log.
#pragma once

#include <string>

#include "render/gl.h"

namespace wb::render {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ShaderProgram(const char* vertexSource, const char* fragmentSource);
    ~ShaderProgram();
    ShaderProgram(ShaderProgram&& other) noexcept;
    ShaderProgram& operator=(ShaderProgram&& other) noexcept;
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    GLuint id() const { return program_; }
    GLint uniform(const char* name) const { return glGetUniformLocation(program_, name); }

private:
    GLuint program_ = 0;
};

}  // namespace wb::render
