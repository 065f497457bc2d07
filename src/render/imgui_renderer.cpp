#include "render/imgui_renderer.h"

#include <imgui.h>

#include <cstddef>
#include <cstdint>

#include "render/embedded_shaders.h"

namespace wb::render {
namespace {

// Points the vertex array's attributes at the vertices from `firstVertex` on. WebGL 2 has no
// draw call with a base vertex, so a draw list longer than 16-bit indices reach (ImGui splits it,
// ImDrawCmd::VtxOffset) is drawn by moving the attributes' start instead.
void pointAttributesAt(size_t firstVertex) {
    const size_t base = firstVertex * sizeof(ImDrawVert);
    const auto at = [base](size_t member) { return reinterpret_cast<const void*>(base + member); };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
}

GLuint glTextureOf(ImTextureID id) { return static_cast<GLuint>(reinterpret_cast<intptr_t>(id)); }

}  // namespace

ImGuiRenderer::ImGuiRenderer()
    : program_(shaderText(shader_imgui_vert), shaderText(shader_imgui_frag)) {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "weerbaar_webgl2";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;

    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vertexBuffer_);
    glGenBuffers(1, &indexBuffer_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_);  // part of the vertex array's state
    for (GLuint a = 0; a < 3; ++a) glEnableVertexAttribArray(a);
    pointAttributesAt(0);
    glBindVertexArray(0);
    uploadFonts();
}

ImGuiRenderer::~ImGuiRenderer() {
    glDeleteVertexArrays(1, &vao_);
    const GLuint buffers[] = {vertexBuffer_, indexBuffer_};
    glDeleteBuffers(2, buffers);
    glDeleteTextures(1, &fontTexture_);
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

void ImGuiRenderer::uploadFonts() {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (!fontTexture_) glGenTextures(1, &fontTexture_);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);  // RGBA rows: any alignment fits; set, as the other uploads do
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, 0);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(fontTexture_)));
}

void ImGuiRenderer::render(const ImDrawData& data, int framebufferWidth, int framebufferHeight) {
    if (framebufferWidth <= 0 || framebufferHeight <= 0) return;
    // The first use checks the link: on the first frame, long after the shaders were handed over.
    const GLuint program = program_.id();
    if (projectionLocation_ < 0) {
        projectionLocation_ = glGetUniformLocation(program, "u_projection");
        textureLocation_ = glGetUniformLocation(program, "u_texture");
    }

    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    // Colour blended over what is there; the canvas's alpha stays opaque.
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, framebufferWidth, framebufferHeight);

    // Display units to clip space, y down (ImGui's origin is the top left corner).
    const float left = data.DisplayPos.x, right = data.DisplayPos.x + data.DisplaySize.x;
    const float top = data.DisplayPos.y, bottom = data.DisplayPos.y + data.DisplaySize.y;
    const float projection[16] = {
        2.0f / (right - left), 0, 0, 0,
        0, 2.0f / (top - bottom), 0, 0,
        0, 0, -1.0f, 0,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0, 1.0f,
    };
    glUseProgram(program);
    glUniformMatrix4fv(projectionLocation_, 1, GL_FALSE, projection);
    glUniform1i(textureLocation_, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);

    const ImVec2 clipOffset = data.DisplayPos;
    const ImVec2 clipScale = data.FramebufferScale;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        size_t attributesAt = 0;
        pointAttributesAt(0);
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                // The dashboard adds no callbacks; ImGui's own "reset render state" needs nothing
                // as nothing here depends on state left by earlier commands.
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(&list, &cmd);
                continue;
            }
            // The clip rectangle in framebuffer pixels, GL's y up.
            const float x1 = (cmd.ClipRect.x - clipOffset.x) * clipScale.x;
            const float y1 = (cmd.ClipRect.y - clipOffset.y) * clipScale.y;
            const float x2 = (cmd.ClipRect.z - clipOffset.x) * clipScale.x;
            const float y2 = (cmd.ClipRect.w - clipOffset.y) * clipScale.y;
            if (x2 <= x1 || y2 <= y1) continue;
            glScissor(static_cast<int>(x1), static_cast<int>(static_cast<float>(framebufferHeight) - y2),
                      static_cast<int>(x2 - x1), static_cast<int>(y2 - y1));
            if (cmd.VtxOffset != attributesAt) {
                attributesAt = cmd.VtxOffset;
                pointAttributesAt(attributesAt);
            }
            glBindTexture(GL_TEXTURE_2D, glTextureOf(cmd.GetTexID()));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<size_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }

    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glBindTexture(GL_TEXTURE_2D, 0);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glUseProgram(0);
}

}  // namespace wb::render
