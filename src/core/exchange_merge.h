// Merging what another organisation delivered into this database, never replacing it.
//
// The rules (tested in tests/unit/exchange_merge_test.cpp):
// - The sender is authoritative for its own area; a file carries only rows about that area.
// - History rows (checklist statuses) are a grow-only union keyed by their stable id: a row seen
//   before is unchanged, a new one is added, the same id with other content refuses the file.
//   Importing the same file again, or an older file after a newer one, changes nothing current.
// - Other rows are merged three ways against the version last received from that sender: changed
//   only there -> updated here; changed only here -> kept here; changed on both sides -> a
//   conflict, kept with both versions until someone resolves it. A row the sender no longer has is
//   removed here unless it was edited here since (then it is a conflict too).
// - A checklist status the receiver recorded itself for the sender's area since the last delivery
//   that disagrees with the sender's latest status is a conflict as well; both rows stay in the
//   history, the resolution decides which one counts.
// - Every row read is counted as added, updated, unchanged, kept as history, removed or in
//   conflict, per kind; the counts are stored with the delivery.
#pragma once

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/database.h"
#include "core/exchange_records.h"

namespace wb {

// A file whose content contradicts itself or what was received before under the same ids.
class ExchangeIntegrityError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct KindCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int history = 0;    // from a delivery older than one already accepted: kept, never current
    int removed = 0;
    int conflicts = 0;
    int total() const { return added + updated + unchanged + history + removed + conflicts; }
};

// A delivery after its file and signature were checked.
struct CheckedDelivery {
    std::string sourceCode;
    std::string senderName;
    int64_t seq = 0;
    std::string peildatum;
    std::string createdAt;
    std::string contentSha256;
    std::string viaCode;  // the region whose file carried it; empty when received directly
    std::string publicKey;
    std::string fingerprint;
    std::vector<ExchangeRecord> records;
    std::vector<uint8_t> file;  // the signed file as received: kept to pass on
};

enum class DeliveryOutcome {
    Accepted,   // newest from this sender
    Older,      // older than one accepted before: new history kept, nothing current changed
    Duplicate,  // this very delivery was merged before: nothing changed, nothing recorded
};

struct MergeResult {
    DeliveryOutcome outcome = DeliveryOutcome::Accepted;
    std::map<std::string, KindCounts> perKind;  // by kind name
    int conflicts() const;
    int rowsRead = 0;  // equals the sum of all counts except `removed`
};

// Merges one delivery inside the caller's transaction and records it in exchange_delivery.
// Throws ExchangeIntegrityError (the caller rolls back and refuses the file) for a row about an
// area the sender does not own, a history row that differs from the one held under its id, or the
// same (sender, seq) delivered twice with different content; std::invalid_argument for a row that
// cannot be written (it names the row).
MergeResult mergeDelivery(Database& db, const AreaDirectory& areas, const CheckedDelivery& delivery);

// ---- conflicts -----------------------------------------------------------------------------------

struct ExchangeConflict {
    int64_t id = 0;
    std::string kind;
    std::string uid;
    std::string localUid;
    std::string areaCode;
    std::string sourceCode;
    int64_t seq = 0;
    std::string localContent;
    std::string receivedContent;  // empty: the sender removed the row
    std::string detectedAt;
};

std::vector<ExchangeConflict> openConflicts(const Database& db, const std::string& onlySourceCode = {});

enum class ConflictChoice { Received, Local };

// Settles one conflict (std::invalid_argument for an unknown or settled id). Both versions stay
// in the history; the choice decides which one is current.
void resolveConflict(Database& db, int64_t conflictId, ConflictChoice choice);
// Settles every open conflict with one sender (or all, for an empty code); returns how many.
int resolveAllConflicts(Database& db, const std::string& sourceCode, ConflictChoice choice);

}  // namespace wb
