// GLSL sources from shaders/, compiled into the binary by cmake/embed.cmake (zero-terminated).
#pragma once

extern "C" {
extern const unsigned char shader_area_fill_vert[];
extern const unsigned char shader_area_fill_frag[];
}

namespace wb::render {
inline const char* shaderText(const unsigned char* embedded) { return reinterpret_cast<const char*>(embedded); }
}  // namespace wb::render
