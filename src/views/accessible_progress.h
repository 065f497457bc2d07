// The baseline progress tabs in the accessible view (views/accessible_view.h): progress of the
// selected area (overall, per phase, per topic, the quarter's change, the areas within, what is
// overdue, the checklist) and the 14 national assignments, as headings, text and tables.
#pragma once

#include <vector>

#include "views/accessible_view.h"

namespace wb {

std::vector<AccessibleSection> progressSections(const AppState& state, Language language);

}  // namespace wb
