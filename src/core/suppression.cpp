#include "core/suppression.h"

#include <algorithm>
#include <cmath>

namespace wb {
namespace {

constexpr double kCoarseRoundingBelow = 100;
constexpr double kCoarseStep = 5;

}  // namespace

bool isSuppressedCount(double value, double threshold) { return !std::isfinite(value) || value < threshold; }

PeopleCount peopleCount(double value, double threshold) {
    return {std::isfinite(value) ? std::round(value) : 0, isSuppressedCount(value, threshold), threshold};
}

PeopleCount derivedPeopleCount(double estimate, double source, double threshold) {
    const bool suppressed = isSuppressedCount(source, threshold) || isSuppressedCount(estimate, threshold);
    return {suppressed ? 0 : roundDerivedCount(estimate, threshold), suppressed, threshold};
}

double roundDerivedCount(double estimate, double threshold) {
    if (!std::isfinite(estimate)) return 0;
    const double rounded = estimate < kCoarseRoundingBelow ? std::round(estimate / kCoarseStep) * kCoarseStep
                                                           : std::round(estimate);
    return estimate >= threshold ? std::max(rounded, std::ceil(threshold)) : rounded;
}

std::string formatPeopleCount(const PeopleCount& count, Language language) {
    // A suppressed count passes as 0, which formatPeopleCount always shows as "<threshold".
    return formatPeopleCount(count.suppressed ? 0.0 : count.value, language, count.threshold);
}

}  // namespace wb
