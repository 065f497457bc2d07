#include "app/computed_indicators.h"

#include "app/app_state.h"
#include "app/care_indicators.h"
#include "app/progress_view.h"
#include "app/scenario_view.h"

namespace wb {

ComputedIndicators computedIndicators(AppState& state) {
    ComputedIndicators list;
    list.push_back(progressIndicator(state));            // progress_view.cpp
    list.push_back(vulnerabilityIndexIndicator(state));  // care_indicators.cpp
    list.push_back(uncoveredIndicator(state));           // care_indicators.cpp
    list.push_back(outageIndicator(state));              // scenario_view.cpp
    list.push_back(organisationsIndicator(state));       // scenario_view.cpp
    return list;
}

}  // namespace wb
