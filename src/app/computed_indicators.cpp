#include "app/computed_indicators.h"

#include "app/app_state.h"

namespace wb {

ComputedIndicators computedIndicators(AppState& state) {
    ComputedIndicators list;
    (void)state;
    return list;
}

}  // namespace wb
