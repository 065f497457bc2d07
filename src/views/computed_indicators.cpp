#include "views/computed_indicators.h"

#include "views/app_state.h"
#include "views/care_indicators.h"
#include "views/exchange_view.h"
#include "views/progress_view.h"
#include "views/scenario_view.h"

namespace wb {

ComputedIndicators computedIndicators(AppState& state) {
    ComputedIndicators list;
    list.push_back(progressIndicator(state));            // progress_view.cpp
    list.push_back(vulnerabilityIndexIndicator(state));  // care_indicators.cpp
    list.push_back(uncoveredIndicator(state));           // care_indicators.cpp
    list.push_back(outageIndicator(state));              // scenario_view.cpp
    list.push_back(organisationsIndicator(state));       // scenario_view.cpp
    list.push_back(deliveryIndicator(state));            // exchange_view.cpp
    return list;
}

}  // namespace wb
