// Look of the interface: a light theme (the map reads best on light grey) and the Inter font,
// compiled into the binary, with the Latin-1 glyphs Dutch place names need ("Fryslân").
#pragma once

namespace wb::ui {

// Loads the font at `pixelRatio` times its size so text stays sharp on high-density screens.
void applyTheme(float pixelRatio);

}  // namespace wb::ui
