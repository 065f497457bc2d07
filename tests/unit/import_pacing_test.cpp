// An import slice fills a frame together with the main thread's part of drawing it (views/import_pacing.h).
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

TEST(ImportPacing, SlowFramesStillLeaveTheImportHalfTheTime) {
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(80)).count(), 80);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(200)).count(), 200);
    EXPECT_DOUBLE_EQ(ImportPacing::sliceFor(Ms(5000)).count(), ImportPacing::kMaxSlice.count());
}

TEST(ImportPacing, TheSliceFollowsTheMeasuredCostOfAFrame) {
    ImportPacing pacing;
    io::ImportClock::time_point now{};
    const auto slice = [&] { return Ms(pacing.startSlice(now) - now).count(); };
    const auto frame = [&](Ms cost) {
        const auto start = now;
        now += std::chrono::duration_cast<io::ImportClock::duration>(cost);
        pacing.frameDrawn(start, now);
    };
    EXPECT_NEAR(slice(), 80, 0.5);  // nothing measured yet: a quick frame
    for (int i = 0; i < 30; ++i) frame(Ms(30));
    EXPECT_NEAR(pacing.frameCost().count(), 30, 0.5);
    EXPECT_NEAR(slice(), 70, 0.5);
    frame(Ms(500));  // one slow frame moves the estimate, but not all the way
    EXPECT_LT(pacing.frameCost().count(), 200);
    for (int i = 0; i < 30; ++i) frame(Ms(120));
    EXPECT_NEAR(slice(), 120, 1);
}

TEST(ImportPacing, SlicesGoOnBackToBackOnlyWhileFramesCome) {
    ImportPacing pacing;
    io::ImportClock::time_point now{};
    pacing.frameDrawn(now, now + std::chrono::milliseconds(10));
    EXPECT_TRUE(pacing.mayGoOnWithoutFrame(now + std::chrono::milliseconds(100)));
    EXPECT_TRUE(pacing.mayGoOnWithoutFrame(now + std::chrono::milliseconds(159)));
    EXPECT_FALSE(pacing.mayGoOnWithoutFrame(now + std::chrono::milliseconds(161)));
    pacing.frameDrawn(now + std::chrono::milliseconds(300), now + std::chrono::milliseconds(310));
    EXPECT_TRUE(pacing.mayGoOnWithoutFrame(now + std::chrono::milliseconds(400)));
}

}  // namespace
}  // namespace wb
