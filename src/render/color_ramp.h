// Colour ramps for choropleths. Platform-free (no GL): the renderer and the legend both use them.
//
// The sequential ramp is viridis, reversed so that more reads as darker on the light map
// background. Viridis is perceptually uniform and stays ordered for the common forms of colour
// blindness (deuteranopia, protanopia, tritanopia) and in greyscale print.
//
// The diverging ramp, for values around a midpoint (change since the last report, difference from
// the national figure), is ColorBrewer's PuOr: orange below, purple above, near-white in the middle.
// Orange against purple stays apart for all common forms of colour blindness, unlike red/green.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace wb::render {

struct Rgb {
    uint8_t r, g, b;
};

inline constexpr std::array<Rgb, 9> kViridisLightToDark = {{
    {253, 231, 37}, {173, 220, 48}, {94, 201, 98}, {40, 174, 128}, {33, 145, 140},
    {44, 114, 142}, {59, 82, 139}, {71, 45, 123}, {68, 1, 84},
}};

// ColorBrewer PuOr, 9 classes, from the low end (dark orange) through white to the high end (dark purple).
inline constexpr std::array<Rgb, 9> kPuOrLowToHigh = {{
    {179, 88, 6}, {224, 130, 20}, {253, 184, 99}, {254, 224, 182}, {247, 247, 247},
    {216, 218, 235}, {178, 171, 210}, {128, 115, 172}, {84, 39, 136},
}};

enum class Ramp {
    Sequential,  // more is darker (viridis)
    Diverging,   // below / above a midpoint (PuOr)
};

// Colour of class `index` out of `count` on `ramp`, spread evenly over it. A diverging ramp with an
// odd count puts the middle class on the neutral middle colour.
inline Rgb rampColour(Ramp ramp, int index, int count) {
    const auto& colours = ramp == Ramp::Diverging ? kPuOrLowToHigh : kViridisLightToDark;
    const int last = static_cast<int>(colours.size()) - 1;
    if (count <= 1) return colours[last / 2];
    const int at = (std::clamp(index, 0, count - 1) * last + (count - 1) / 2) / (count - 1);
    return colours[at];
}

// The sequential ramp.
inline Rgb rampColour(int index, int count) { return rampColour(Ramp::Sequential, index, count); }

// Areas with no value: a neutral grey that no ramp colour resembles.
inline constexpr Rgb kNoDataColour = {200, 200, 200};

// Areas whose value is known but withheld (small counts, for privacy): a pink no ramp contains,
// clearly apart from the no-data grey. The map and the legend draw it with diagonal hatching in
// kSuppressedHatchColour, so it is recognised without colour vision and in greyscale print too.
inline constexpr Rgb kSuppressedColour = {240, 160, 190};
inline constexpr Rgb kSuppressedHatchColour = {80, 80, 80};

// sRGB channel (0..255) to linear light (0..1), as WCAG 2 defines it.
inline double linearChannel(uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance: 0 for black, 1 for white.
inline double relativeLuminance(Rgb c) {
    return 0.2126 * linearChannel(c.r) + 0.7152 * linearChannel(c.g) + 0.0722 * linearChannel(c.b);
}

// WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
inline double contrastRatio(Rgb a, Rgb b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Black or white, whichever contrasts more with `background`: for labels on map areas and legend
// swatches. One of the two always reaches at least 4.6:1, above WCAG's 4.5:1 for normal text.
inline Rgb textColourOn(Rgb background) {
    constexpr Rgb black{0, 0, 0}, white{255, 255, 255};
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

// ImGui-style packed colour (ABGR in memory order R, G, B, A).
inline uint32_t packRgba(Rgb c, uint8_t alpha = 255) {
    return static_cast<uint32_t>(c.r) | (static_cast<uint32_t>(c.g) << 8) | (static_cast<uint32_t>(c.b) << 16) |
           (static_cast<uint32_t>(alpha) << 24);
}

}  // namespace wb::render
