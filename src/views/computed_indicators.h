// The values the map can show that the dashboard computes from its own tables rather than reads
// from the indicators table: progress of the baseline per area, the composite vulnerability
// index, residents outside the coverage of resilience points. Each feature adds its entry in
// computed_indicators.cpp; the functions compute from `state` when asked, so they always follow
// the database and the user's settings.
#pragma once

#include "views/map_model.h"

namespace wb {

struct AppState;

ComputedIndicators computedIndicators(AppState& state);

}  // namespace wb
