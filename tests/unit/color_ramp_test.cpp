#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "render/color_ramp.h"

using namespace wb::render;

namespace {

constexpr Rgb kBlack{0, 0, 0}, kWhite{255, 255, 255};

// CIE L*a*b* (D65) of an sRGB colour: L* for lightness, the distance for "looks different".
struct Lab {
    double l, a, b;
};

Lab toLab(Rgb c) {
    const double r = linearChannel(c.r), g = linearChannel(c.g), bl = linearChannel(c.b);
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047;
    const double y = relativeLuminance(c);
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

double colourDifference(Rgb p, Rgb q) {  // CIE76 delta E
    const Lab a = toLab(p), b = toLab(q);
    return std::sqrt((a.l - b.l) * (a.l - b.l) + (a.a - b.a) * (a.a - b.a) + (a.b - b.b) * (a.b - b.b));
}

bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

}  // namespace

TEST(ColorRamp, SequentialRampGetsDarkerAtEveryStep) {
    for (size_t i = 1; i < kViridisLightToDark.size(); ++i) {
        EXPECT_LT(toLab(kViridisLightToDark[i]).l, toLab(kViridisLightToDark[i - 1]).l - 5.0) << i;
    }
    EXPECT_TRUE(rampColour(0, 5) == kViridisLightToDark.front());
    EXPECT_TRUE(rampColour(4, 5) == kViridisLightToDark.back());
    EXPECT_TRUE(rampColour(2, 5) == rampColour(Ramp::Sequential, 2, 5));  // the old call is the sequential ramp
}

TEST(ColorRamp, DivergingRampIsLightestInTheMiddleAndDarkensBothWays) {
    const size_t middle = kPuOrLowToHigh.size() / 2;
    for (size_t i = 0; i < middle; ++i) {
        EXPECT_LT(toLab(kPuOrLowToHigh[i]).l, toLab(kPuOrLowToHigh[i + 1]).l) << i;
    }
    for (size_t i = middle; i + 1 < kPuOrLowToHigh.size(); ++i) {
        EXPECT_GT(toLab(kPuOrLowToHigh[i]).l, toLab(kPuOrLowToHigh[i + 1]).l) << i;
    }
    // An odd class count has the neutral colour in the middle; both ends are the ramp's ends.
    EXPECT_TRUE(rampColour(Ramp::Diverging, 2, 5) == kPuOrLowToHigh[middle]);
    EXPECT_TRUE(rampColour(Ramp::Diverging, 0, 5) == kPuOrLowToHigh.front());
    EXPECT_TRUE(rampColour(Ramp::Diverging, 4, 5) == kPuOrLowToHigh.back());
    EXPECT_TRUE(rampColour(Ramp::Diverging, 0, 1) == kPuOrLowToHigh[middle]);
    // Symmetric counts pick mirrored steps.
    for (int count = 2; count <= 9; ++count) {
        for (int i = 0; i < count; ++i) {
            const auto at = [&](int index) {
                const Rgb c = rampColour(Ramp::Diverging, index, count);
                for (size_t k = 0; k < kPuOrLowToHigh.size(); ++k) {
                    if (kPuOrLowToHigh[k] == c) return static_cast<int>(k);
                }
                return -1;
            };
            EXPECT_EQ(at(i) - static_cast<int>(middle), static_cast<int>(middle) - at(count - 1 - i)) << count << " " << i;
        }
    }
}

TEST(ColorRamp, EveryColourHasReadableTextInBlackOrWhite) {
    std::vector<Rgb> all(kViridisLightToDark.begin(), kViridisLightToDark.end());
    all.insert(all.end(), kPuOrLowToHigh.begin(), kPuOrLowToHigh.end());
    all.push_back(kNoDataColour);
    all.push_back(kSuppressedColour);
    for (const Rgb& c : all) {
        EXPECT_GE(std::max(contrastRatio(c, kBlack), contrastRatio(c, kWhite)), 3.0);
        EXPECT_GE(contrastRatio(c, textColourOn(c)), 4.5);
    }
    EXPECT_TRUE(textColourOn(kViridisLightToDark.front()) == kBlack);
    EXPECT_TRUE(textColourOn(kViridisLightToDark.back()) == kWhite);
    EXPECT_TRUE(textColourOn(kPuOrLowToHigh[4]) == kBlack);
    EXPECT_NEAR(contrastRatio(kBlack, kWhite), 21.0, 1e-9);
    EXPECT_NEAR(relativeLuminance({128, 128, 128}), 0.2159, 1e-4);
}

TEST(ColorRamp, SuppressedValuesLookLikeNothingElse) {
    EXPECT_GT(colourDifference(kSuppressedColour, kNoDataColour), 25.0);
    for (const Rgb& c : kViridisLightToDark) EXPECT_GT(colourDifference(kSuppressedColour, c), 25.0);
    for (const Rgb& c : kPuOrLowToHigh) EXPECT_GT(colourDifference(kSuppressedColour, c), 25.0);
    EXPECT_GE(contrastRatio(kSuppressedColour, kSuppressedHatchColour), 3.0);  // the hatching shows
}
