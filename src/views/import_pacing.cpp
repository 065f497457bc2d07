#include "views/import_pacing.h"

#include <algorithm>

namespace wb {

ImportPacing::Duration ImportPacing::sliceFor(Duration rest) {
    const Duration slice = std::max(kFrame - rest, rest);
    return std::clamp(slice, kMinSlice, kMaxSlice);
}

io::ImportClock::time_point ImportPacing::startSlice(io::ImportClock::time_point now) {
    if (lastEnd_) {
        const Duration measured = std::max(Duration(0), Duration(now - *lastEnd_));
        rest_ = 0.7 * rest_ + 0.3 * measured;
    }
    return now + std::chrono::duration_cast<io::ImportClock::duration>(sliceFor(rest_));
}

}  // namespace wb
