// The population-care part of the accessible view: the vulnerability indicators of the selection
// with source, year and weights, the resilience points of the selection with every attribute, and
// the coverage table, totals and gaps at the chosen distance (what-if included), as the tabs show them.
#pragma once

#include <vector>

#include "views/accessible_view.h"

namespace wb {

std::vector<AccessibleSection> careSections(const AppState& state, Language language);

}  // namespace wb
