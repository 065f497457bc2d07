// The costs and good practices sections of the accessible view (accessible_costs.cpp).
#pragma once

#include <vector>

#include "views/accessible_view.h"

namespace wb {

std::vector<AccessibleSection> costsSections(const AppState& state, Language language);

}  // namespace wb
