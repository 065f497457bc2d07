// Colour ramps for choropleths. Platform-free (no GL): the renderer and the legend both use them.
//
// The sequential ramp is viridis, reversed so that more reads as darker on the light map
// background. Viridis is perceptually uniform and stays ordered for the common forms of colour
// blindness (deuteranopia, protanopia, tritanopia) and in greyscale print.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>

namespace wb::render {

struct Rgb {
    uint8_t r, g, b;
};

inline constexpr std::array<Rgb, 9> kViridisLightToDark = {{
    {253, 231, 37}, {173, 220, 48}, {94, 201, 98}, {40, 174, 128}, {33, 145, 140},
    {44, 114, 142}, {59, 82, 139}, {71, 45, 123}, {68, 1, 84},
}};

// Colour of class `index` out of `count`, spread evenly over the ramp.
inline Rgb rampColour(int index, int count) {
    const int last = static_cast<int>(kViridisLightToDark.size()) - 1;
    if (count <= 1) return kViridisLightToDark[last / 2];
    const int at = (std::clamp(index, 0, count - 1) * last + (count - 1) / 2) / (count - 1);
    return kViridisLightToDark[at];
}

// Areas with no value: a neutral grey that no ramp colour resembles.
inline constexpr Rgb kNoDataColour = {200, 200, 200};

// ImGui-style packed colour (ABGR in memory order R, G, B, A).
inline uint32_t packRgba(Rgb c, uint8_t alpha = 255) {
    return static_cast<uint32_t>(c.r) | (static_cast<uint32_t>(c.g) << 8) | (static_cast<uint32_t>(c.b) << 16) |
           (static_cast<uint32_t>(alpha) << 24);
}

}  // namespace wb::render
