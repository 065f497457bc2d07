// Small-number suppression: the one place that decides whether a count of people may be shown.
// Counts below the threshold (default 5, zero included) are shown as "<5" on screen, in the
// accessible view and in every export, so no small number can point at individuals.
//
// Derived counts follow two more rules:
//   - a count derived from a suppressed count is suppressed too (covered share x 3 residents on
//     home ventilation must not print "2"), and so is an estimate below the threshold: the test is
//     on the unrounded estimate, so 4.6 shows as "<5" and never rounds up to a shown "5";
//   - estimates are rounded to whole persons, and below 100 to a multiple of 5: a model estimate
//     such as "coverage x residents 75+" has no single-person precision, and coarse rounding keeps
//     differences between two shown estimates from narrowing a group down.
// An estimate's complement (uncovered = all - covered) is derived the same way from the same source.
//
// Formatting is number_format.h's formatPeopleCount; this header decides what is passed to it.
#pragma once

#include <optional>
#include <string>

#include "core/language.h"
#include "core/number_format.h"

namespace wb {

struct PeopleCount {
    double value = 0;         // the count or rounded estimate; meaningless to show when suppressed
    bool suppressed = false;
    double threshold = kDefaultSuppressionThreshold;

    // The number an export or Dashboard.query gives: none when suppressed.
    std::optional<double> shown() const { return suppressed ? std::nullopt : std::optional<double>(value); }
};

bool isSuppressedCount(double value, double threshold = kDefaultSuppressionThreshold);

// A counted number of people (an indicator value).
PeopleCount peopleCount(double value, double threshold = kDefaultSuppressionThreshold);

// An estimate derived from `source` (a counted number of people), e.g. covered share x source.
PeopleCount derivedPeopleCount(double estimate, double source, double threshold = kDefaultSuppressionThreshold);

// Whole persons; a multiple of 5 below 100 (see above). Never below `threshold` for an estimate at
// or above it, so rounding cannot turn a shown value into a suppressed-looking one.
double roundDerivedCount(double estimate, double threshold = kDefaultSuppressionThreshold);

// "<5" when suppressed, else the count with thousands separators ("12.345" / "12,345").
std::string formatPeopleCount(const PeopleCount& count, Language language);

}  // namespace wb
