// What a progress roll-up for a safety region or the country rests on: of the areas below that
// carry the list's statuses (municipalities, or for the regions' own list the safety regions),
// how many it is based on at all, how many of those came in an accepted exchange file (and as of
// which peildatum) and how many were entered here, and which are missing. A board member reads
// "based on 7 of 9 municipalities" before trusting a percentage of 60.
//
// Delivered is read from the delivery overview (core/delivery_status.h), so this line and the
// "Aanleverstatus" always agree on who delivered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/area_level.h"
#include "core/database.h"

namespace wb {

struct RollupBasis {
    std::string scopeCode;
    AreaLevel level = AreaLevel::Municipality;  // the areas counted
    int expected = 0;      // areas of that level inside the scope
    int delivered = 0;     // with an accepted delivery (whatever it held)
    int enteredHere = 0;   // not delivered, but with statuses recorded in this database
    std::string oldestPeildatum;  // of the delivered areas
    std::string newestPeildatum;
    std::vector<std::string> missing;  // names of the areas with neither, in the delivery overview's order
    int based() const { return delivered + enteredHere; }
};

// For a safety region or the country and the list of areas at `level` (Municipality or
// SafetyRegion), as of a day: a status counts when it was recorded for a measure of the list that
// applies to that level, dated on or before the day. nullopt for any other scope, or when the
// scope is itself at `level` (a region's own list in a region: no roll-up, its own figures).
// std::invalid_argument for a malformed as-of date.
std::optional<RollupBasis> rollupBasis(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                       AreaLevel level, const std::string& asOf);

}  // namespace wb
