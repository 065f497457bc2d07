// A linked GLSL ES 3.00 program. Compile and link errors throw with the driver's log.
//
// The constructor only hands the sources to the driver and asks it to link; nothing waits for the
// answer until the program is first used (id() or uniform()). In a browser every question to the
// GPU process (a compile or link status, a uniform's location) is a round trip that waits until
// that process has worked through everything asked of it before, so a status checked right after
// each compile makes the shaders compile one by one while this thread waits. Asked later, after
// the start has done its other work, the GPU process has compiled and linked them meanwhile.
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

    // The first of these checks the link (throws when it failed, with the compile logs).
    GLuint id();
    GLint uniform(const char* name) { return glGetUniformLocation(id(), name); }

private:
    void release();

    GLuint program_ = 0;
    GLuint vertexShader_ = 0, fragmentShader_ = 0;  // kept until the link is checked, for their logs
    bool checked_ = false;
};

}  // namespace wb::render
