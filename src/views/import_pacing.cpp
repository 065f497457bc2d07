#include "views/import_pacing.h"

#include <algorithm>

namespace wb {

ImportPacing::Duration ImportPacing::sliceFor(Duration frameCost) {
    const Duration slice = std::max(kFrame - frameCost, frameCost);
    return std::clamp(slice, kMinSlice, kMaxSlice);
}

void ImportPacing::frameDrawn(io::ImportClock::time_point start, io::ImportClock::time_point end) {
    frameCost_ = 0.7 * frameCost_ + 0.3 * std::max(Duration(0), Duration(end - start));
    lastFrame_ = end;
}

bool ImportPacing::mayGoOnWithoutFrame(io::ImportClock::time_point now) const {
    return Duration(now - lastFrame_) < kMaxWithoutFrame;
}

io::ImportClock::time_point ImportPacing::startSlice(io::ImportClock::time_point now) const {
    return now + std::chrono::duration_cast<io::ImportClock::duration>(sliceFor(frameCost_));
}

}  // namespace wb
