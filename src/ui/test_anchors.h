// Where named widgets were drawn in the last frame. A canvas has no DOM to query, so browser
// tests ask for an anchor's rectangle (Dashboard.debug.anchor) and then click and type there as
// a user would: the widget code under test is the real one. Costs one map entry per anchored
// widget per frame.
#pragma once

#include <optional>
#include <string>

#include "views/app_state.h"

namespace wb::ui {

void clearAnchors();                        // at the start of a frame
void anchorLastItem(const std::string& name);  // the ImGui item just submitted
std::optional<ScreenRect> anchorRect(const std::string& name);  // CSS pixels, last frame
// The anchored widget that had the keyboard focus (navigation cursor) in the last frame, or "".
std::string focusedAnchor();

}  // namespace wb::ui
