// The delivery overview ("Aanleverstatus"): for a safety region or the country, which
// municipalities (and, for the country, which regions) have delivered their exchange file, as of
// which day, which are stale or missing, and which files are waiting for a decision or were refused.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/database.h"

namespace wb {

enum class DeliveryState {
    Missing,   // niet ontvangen
    Received,  // ontvangen: the newest accepted delivery is recent enough
    Stale,     // verouderd: its peildatum is more than a quarter before the as-of day
    Held,      // wacht op besluit: a file came with a key not (yet) trusted, nothing merged
    Refused,   // geweigerd: the newest attempt was refused (bad signature, damaged, ...)
};
std::string_view toString(DeliveryState state);  // missing, received, stale, held, refused

// A delivery is stale when its peildatum lies more than this many days before the as-of day.
inline constexpr int kStaleAfterDays = 92;

struct AreaDelivery {
    std::string code;
    std::string name;
    std::string level;       // municipality, safety_region
    std::string regionCode;  // the safety region of a municipality
    DeliveryState state = DeliveryState::Missing;
    bool hasAccepted = false;  // an accepted delivery exists (also when a later one was refused)
    int64_t seq = 0;
    std::string peildatum;
    std::string receivedAt;
    std::string viaCode;      // received inside this region's file
    std::string fingerprint;  // the key it was signed with
    bool forwarded = false;   // already passed on in a file this database made afterwards
    std::string problem;      // the reason code of a held or refused newest attempt
};

struct DeliveryOverview {
    std::string scopeCode;
    std::string asOf;
    std::vector<AreaDelivery> rows;  // municipalities by region then name; regions first for NL01
    int expected = 0;                // municipalities in scope
    int delivered = 0;               // municipalities with an accepted delivery (received or stale)
    int current = 0;                 // of which not stale
    std::string oldestPeildatum;     // of the delivered municipalities
    std::string newestPeildatum;
};

// std::invalid_argument for a scope that is neither a safety region nor the country (NL01), or a
// malformed as-of date.
DeliveryOverview deliveryOverview(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                  const std::string& asOf);

}  // namespace wb
