// The import's slice of a frame follows the time the rest of the frame takes (views/import_pacing.h).
#include "views/import_pacing.h"

#include <gtest/gtest.h>

namespace wb {
namespace {

using Ms = ImportPacing::Duration;

TEST(ImportPacing, ASliceFillsTheFrameUpToTenFramesASecond) {
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(10)).count(), 90);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(40)).count(), 60);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(50)).count(), 50);
}

TEST(ImportPacing, SlowDrawingStillLeavesTheImportHalfTheTime) {
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(80)).count(), 80);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(200)).count(), 200);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(5000)).count(), ImportPacing::kMaxSlice.count());
}

TEST(ImportPacing, TheSliceFollowsTheMeasuredRestOfTheFrame) {
    ImportPacing pacing;
    io::ImportClock::time_point now{};
    const auto frame = [&](Ms rest) {
        now += std::chrono::duration_cast<io::ImportClock::duration>(rest);
        const auto deadline = pacing.startSlice(now);
        const Ms slice = deadline - now;
        now = deadline;
        pacing.endSlice(now);
        return slice.count();
    };
    frame(Ms(0));  // the first slice: nothing measured yet
    for (int i = 0; i < 30; ++i) frame(Ms(30));
    EXPECT_NEAR(pacing.rest().count(), 30, 0.5);
    EXPECT_NEAR(frame(Ms(30)), 70, 0.5);
    frame(Ms(500));  // one slow frame moves the estimate, but not all the way
    EXPECT_LT(pacing.rest().count(), 200);
    for (int i = 0; i < 30; ++i) frame(Ms(120));
    EXPECT_NEAR(frame(Ms(120)), 120, 1);

    // Between imports nothing is measured: an hour without an import is not a slow frame.
    pacing.idle();
    now += std::chrono::hours(1);
    EXPECT_NEAR(frame(Ms(0)), 120, 1);
}

}  // namespace
}  // namespace wb
