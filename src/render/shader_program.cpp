#include "render/shader_program.h"

#include <stdexcept>
#include <utility>
#include <vector>

namespace wb::render {
namespace {

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    return shader;
}

// The shader's compile log when it did not compile, else empty.
std::string compileFailure(const char* what, GLuint shader) {
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return {};
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<size_t>(length) + 1);
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    return std::string(what) + " shader compile failed: " + log.data();
}

}  // namespace

ShaderProgram::ShaderProgram(const char* vertexSource, const char* fragmentSource)
    : vertexShader_(compile(GL_VERTEX_SHADER, vertexSource)), fragmentShader_(compile(GL_FRAGMENT_SHADER, fragmentSource)) {
    program_ = glCreateProgram();
    glAttachShader(program_, vertexShader_);
    glAttachShader(program_, fragmentShader_);
    glLinkProgram(program_);
}

GLuint ShaderProgram::id() {
    if (checked_ || !program_) return program_;
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (!ok) {
        // A shader that did not compile is the usual reason; its log says where.
        std::string message = compileFailure("vertex", vertexShader_);
        if (message.empty()) message = compileFailure("fragment", fragmentShader_);
        if (message.empty()) {
            GLint length = 0;
            glGetProgramiv(program_, GL_INFO_LOG_LENGTH, &length);
            std::vector<char> log(static_cast<size_t>(length) + 1);
            glGetProgramInfoLog(program_, length, nullptr, log.data());
            message = std::string("shader link failed: ") + log.data();
        }
        release();
        throw std::runtime_error(message);
    }
    // Attached shaders are only flagged here; they go with the program.
    glDeleteShader(std::exchange(vertexShader_, 0));
    glDeleteShader(std::exchange(fragmentShader_, 0));
    checked_ = true;
    return program_;
}

void ShaderProgram::release() {
    if (vertexShader_) glDeleteShader(std::exchange(vertexShader_, 0));
    if (fragmentShader_) glDeleteShader(std::exchange(fragmentShader_, 0));
    if (program_) glDeleteProgram(std::exchange(program_, 0));
}

ShaderProgram::~ShaderProgram() { release(); }

ShaderProgram::ShaderProgram(ShaderProgram&& other) noexcept
    : program_(std::exchange(other.program_, 0)),
      vertexShader_(std::exchange(other.vertexShader_, 0)),
      fragmentShader_(std::exchange(other.fragmentShader_, 0)),
      checked_(std::exchange(other.checked_, false)) {}

ShaderProgram& ShaderProgram::operator=(ShaderProgram&& other) noexcept {
    if (this != &other) {
        release();
        program_ = std::exchange(other.program_, 0);
        vertexShader_ = std::exchange(other.vertexShader_, 0);
        fragmentShader_ = std::exchange(other.fragmentShader_, 0);
        checked_ = std::exchange(other.checked_, false);
    }
    return *this;
}

}  // namespace wb::render
