// The accessible view ("Toegankelijke weergave"): every figure the dashboard shows, as semantic
// HTML (headings, tables with captions and header cells, lists) for screen readers and keyboard
// users. A canvas drawn by Dear ImGui is invisible to assistive technology; this is the route to
// the same figures. Generated from the same database and state as the panels, in the interface
// language, following the selection. All text from the database is escaped (io/html_writer.h).
//
// Areas in the tables are buttons with data-select="<code>": the page (web/accessible.js) turns a
// press into a selection, after which the view is generated again.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/language.h"
#include "io/html_writer.h"
#include "views/app_state.h"

namespace wb {

// A part of the view that a feature writes (progress, costs, coverage, scenarios, ...): the id
// its heading gets (the table of contents links to it), the heading (h2) and what follows it
// (tables with captions, lists). The body writes inside a <section> the view opens and closes.
struct AccessibleSection {
    std::string id;  // "a11y-progress"
    std::string heading;
    std::function<void(io::HtmlWriter&)> body;
};
// Each feature offers its sections through one function of this shape; accessible_view.cpp
// lists them in the order the view shows them.
using AccessibleSections = std::vector<AccessibleSection> (*)(const AppState& state, Language language);

std::string accessibleViewHtml(const AppState& state, Language language);

}  // namespace wb
