// The heat map's colour ramp, low to high density: magma (matplotlib; Smith & van der Walt). It is
// perceptually uniform, stays ordered for the common forms of colour blindness and in greyscale,
// and shares no hue order with the choropleth's viridis, so heat over a coloured map is not
// mistaken for a class. Platform-free: the renderer makes a 1-D texture of it, the layers panel
// draws its legend from it.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include "render/color_ramp.h"

namespace wb::render {

inline constexpr std::array<Rgb, 9> kMagmaLowToHigh = {{
    {0, 0, 4}, {28, 16, 68}, {79, 18, 123}, {129, 37, 129}, {181, 54, 122},
    {229, 80, 100}, {251, 135, 97}, {254, 194, 135}, {252, 253, 191},
}};

// The ramp's colour at t in [0, 1], linear between the stops.
inline Rgb heatColour(double t) {
    const double at = std::clamp(t, 0.0, 1.0) * (kMagmaLowToHigh.size() - 1);
    const size_t i = std::min(static_cast<size_t>(at), kMagmaLowToHigh.size() - 2);
    const double f = at - static_cast<double>(i);
    const Rgb a = kMagmaLowToHigh[i], b = kMagmaLowToHigh[i + 1];
    const auto mix = [f](uint8_t x, uint8_t y) { return static_cast<uint8_t>(std::lround(x + (y - x) * f)); };
    return {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b)};
}

}  // namespace wb::render
