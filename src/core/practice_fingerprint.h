// The fingerprint that recognises the same good practice when it is imported again: the
// `practice.fingerprint` column (UNIQUE). Two practices are the same when their titles match after
// normalising (case, accents, punctuation and spacing ignored) and they belong to the same area,
// so "Coördinatiepunt in de brandweerpost" and "coordinatiepunt in de  Brandweerpost!" from one
// municipality are one practice, while two municipalities may share a title.
#pragma once

#include <string>
#include <string_view>

namespace wb {

// Lower case ASCII letters and digits separated by single spaces; Latin-1 accented letters
// (UTF-8) lose their accent, other characters become separators.
std::string normalisePracticeTitle(std::string_view title);

// "p1-" followed by 16 lower-case hex digits (FNV-1a 64 of the normalised title, a separator and
// the owner area code; the code may be empty). The "p1" prefix versions the recipe.
std::string practiceFingerprint(std::string_view title, std::string_view ownerAreaCode);

}  // namespace wb
