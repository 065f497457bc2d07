// The accessible view ("Toegankelijke weergave"): every figure the dashboard shows, as semantic
// HTML (headings, tables with captions and header cells, lists) for screen readers and keyboard
// users. A canvas drawn by Dear ImGui is invisible to assistive technology; this is the route to
// the same figures. Generated from the same database and state as the panels, in the interface
// language, following the selection. All text from the database is escaped (io/html_writer.h).
//
// Areas in the tables are buttons with data-select="<code>": the page (web/accessible.js) turns a
// press into a selection, after which the view is generated again.
#pragma once

#include <string>

#include "app/app_state.h"
#include "core/language.h"

namespace wb {

std::string accessibleViewHtml(const AppState& state, Language language);

}  // namespace wb
