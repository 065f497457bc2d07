// The scenario tabs' part of the accessible view (accessible_scenarios.cpp): scenarios, the
// 72-hour view and the organisations of the Netwerken search.
#pragma once

#include "views/accessible_view.h"

namespace wb {

std::vector<AccessibleSection> scenarioSections(const AppState& state, Language language);

}  // namespace wb
