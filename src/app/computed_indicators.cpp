#include "app/computed_indicators.h"

#include "app/app_state.h"
#include "app/progress_view.h"

namespace wb {

ComputedIndicators computedIndicators(AppState& state) {
    ComputedIndicators list;
    list.push_back(progressIndicator(state));
    (void)state;
    return list;
}

}  // namespace wb
