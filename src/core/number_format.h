// Numbers as people read them: Dutch "17.942.942" and "4,5"; English "17,942,942" and "4.5".
// Counts of people below the suppression threshold show as "<5" (privacy: no small numbers that
// could point at individuals).
#pragma once

#include <string>

#include "core/language.h"

namespace wb {

constexpr double kDefaultSuppressionThreshold = 5;

std::string formatNumber(double value, int decimals, Language language);

// A count of people: rounded, and "<threshold" below the threshold. Zero is suppressed too: an
// explicit zero can be as revealing as a small count.
std::string formatPeopleCount(double value, Language language, double threshold = kDefaultSuppressionThreshold);

}  // namespace wb
