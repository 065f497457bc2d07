// Look of the interface: a light theme (the map reads best on light grey) and the Inter font,
// compiled into the binary, with the Latin-1 glyphs Dutch place names need ("Fryslân").
#pragma once

namespace wb::ui {

// How the interface looks: besides the screen's pixel ratio (which also follows the browser's zoom,
// so the interface grows with it), a user's own choice of contrast and text size.
struct ThemeSettings {
    float pixelRatio = 1.0f;
    bool highContrast = false;   // black on white, strong borders: for low vision (WCAG 1.4.3, 1.4.11)
    int scalePercent = 100;      // 100 to 200: everything larger, without zooming the whole page

    bool operator==(const ThemeSettings& o) const {
        return pixelRatio == o.pixelRatio && highContrast == o.highContrast && scalePercent == o.scalePercent;
    }
    bool operator!=(const ThemeSettings& o) const { return !(*this == o); }
};

constexpr int kMinScalePercent = 100;
constexpr int kMaxScalePercent = 200;

// Loads the font at pixel ratio x scale times its size so text stays sharp on high-density
// screens, and sets colours and sizes. The caller recreates the font texture.
void applyTheme(const ThemeSettings& settings);

}  // namespace wb::ui
