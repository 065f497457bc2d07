// GLSL sources from shaders/, compiled into the binary by cmake/embed.cmake (zero-terminated).
#pragma once

extern "C" {
extern const unsigned char shader_area_fill_vert[];
extern const unsigned char shader_area_fill_frag[];
extern const unsigned char shader_point_symbol_vert[];
extern const unsigned char shader_point_symbol_frag[];
extern const unsigned char shader_point_coverage_vert[];
extern const unsigned char shader_point_coverage_frag[];
extern const unsigned char shader_heat_splat_vert[];
extern const unsigned char shader_heat_splat_frag[];
extern const unsigned char shader_heat_fullscreen_vert[];
extern const unsigned char shader_heat_downsample_frag[];
extern const unsigned char shader_heat_blur_frag[];
extern const unsigned char shader_heat_max_frag[];
extern const unsigned char shader_heat_ramp_frag[];
extern const unsigned char shader_imgui_vert[];
extern const unsigned char shader_imgui_frag[];
}

namespace wb::render {
inline const char* shaderText(const unsigned char* embedded) { return reinterpret_cast<const char*>(embedded); }
}  // namespace wb::render
