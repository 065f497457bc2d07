// The population-care values the map can show (computed_indicators.cpp lists them):
//   computed:vulnerability_index  the composite vulnerability index with the user's weights
//                                 (core/vulnerability.h), for areas of any level;
//   computed:uncovered            residents outside the coverage of the counted resilience points
//                                 at the chosen distance, what-if included (views/care_view.h); a
//                                 count of people, so the map suppresses small values.
#pragma once

#include "views/map_model.h"

namespace wb {

struct AppState;

constexpr const char* kVulnerabilityIndexIndicator = "computed:vulnerability_index";
constexpr const char* kUncoveredIndicator = "computed:uncovered";

ComputedIndicator vulnerabilityIndexIndicator(AppState& state);
ComputedIndicator uncoveredIndicator(AppState& state);

}  // namespace wb
