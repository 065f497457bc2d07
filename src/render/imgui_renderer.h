// Draws Dear ImGui's output (ImDrawData) with WebGL 2, in place of Dear ImGui's OpenGL 3 backend.
//
// Why our own: the backend reads the GL state back before it draws, to put it back afterwards
// (viewport, scissor box, six blend settings and more, every frame). In a browser each such
// question is a round trip to the GPU process, and the first one waits until that process has
// worked through everything asked of it before: with WebGL in software that is the whole previous
// frame, 40-90 ms in which this thread does nothing. During an import that wait was half of the
// main thread's time. Nothing here asks the GPU anything: the renderer sets every piece of state
// it draws with, and leaves a documented state behind (see render()), which the other renderers
// (map, points, heat map) do not depend on: each sets its own.
#pragma once

#include "render/gl.h"
#include "render/shader_program.h"

struct ImDrawData;

namespace wb::render {

class ImGuiRenderer {
public:
    // Needs the current GL context and Dear ImGui's context; registers as ImGui's renderer.
    ImGuiRenderer();
    ~ImGuiRenderer();
    ImGuiRenderer(const ImGuiRenderer&) = delete;
    ImGuiRenderer& operator=(const ImGuiRenderer&) = delete;

    // (Re)makes the font atlas texture from ImGui's font atlas (after the fonts were rebuilt).
    void uploadFonts();

    // Draws into the current framebuffer, which is `framebufferWidth` x `framebufferHeight`.
    // Leaves behind: blending and the scissor test off, no program, vertex array or texture bound
    // (texture unit 0 active), the viewport covering the framebuffer.
    void render(const ImDrawData& data, int framebufferWidth, int framebufferHeight);

private:
    ShaderProgram program_;
    GLint projectionLocation_ = -1, textureLocation_ = -1;
    GLuint vao_ = 0, vertexBuffer_ = 0, indexBuffer_ = 0, fontTexture_ = 0;
};

}  // namespace wb::render
