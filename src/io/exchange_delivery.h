// The reporting chain's two ends in one database: making this organisation's exchange file, and
// receiving the files of others (trust, checks, merge, the record of every delivery).
//
// Signatures are made and checked in the browser (web/signing.js, WebCrypto Ed25519); this side
// is told the outcome and the signer's public key, and decides what that key is trusted for: a key
// pinned for the sender's area, or one a trusted region vouches for in its own signed file. An
// unknown or changed key holds the file (kept whole, no row merged) until someone decides.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/database.h"
#include "core/exchange_merge.h"
#include "io/exchange_file.h"

namespace wb::io {

// ---- who this database speaks for -----------------------------------------------------------------

struct OwnOrganisation {
    std::string code;  // a municipality, a safety region or NL01
    std::string name;  // as typed, e.g. "Gemeente Delft, team crisisbeheersing"
};
std::optional<OwnOrganisation> ownOrganisation(const Database& db);
// std::invalid_argument for an area that is not a municipality, a safety region or the country.
void setOwnOrganisation(Database& db, const AreaDirectory& areas, const OwnOrganisation& organisation);

// ---- making a file ------------------------------------------------------------------------------------

struct MadeExchange {
    ExchangeManifest manifest;
    std::vector<uint8_t> image;  // to be signed in the browser
    std::string trustedComment;
    std::string fileName;        // voortgang-GM0363-2026-03-31-3.sqlite
};

// Everything this organisation owns for its own area, plus for a region (or the country) the
// latest accepted delivery of each of its municipalities (regions) and the keys it trusts for them.
// Takes the next delivery number (kept in meta, so it only ever grows). std::invalid_argument
// without an own organisation or with a malformed date.
MadeExchange makeExchange(Database& db, const AreaDirectory& areas, const std::string& peildatum,
                          const std::string& createdAt);

// ---- receiving files ------------------------------------------------------------------------------------

enum class SignatureState { Valid, Missing, Invalid };

struct SignatureCheck {
    SignatureState state = SignatureState::Missing;
    std::string problem;         // web/signing.js's reason code when invalid
    std::string publicKey;       // base64, when valid
    std::string fingerprint;     // 6 groups of 5 digits
    std::string trustedComment;  // what the signature vouches for
};

struct IncomingFile {
    std::string fileName;
    std::vector<uint8_t> signedFile;  // as received, image and signature
    std::vector<uint8_t> image;       // the SQLite part
    SignatureCheck signature;
    std::string viaCode;                   // the region whose file carried it
    std::vector<SenderKey> vouchedKeys;    // that region's keys for its municipalities
};

enum class DeliveryVerdict { Accepted, Older, Duplicate, Held, Refused };

// Stable codes for why a file was held or refused; the interface words them.
// held:    unknown_key, changed_key
// refused: unsigned, signature, not_exchange, damaged, newer_format, malformed, hash, counts,
//          signed_for_other, key_of_other_area, integrity, unreadable_row
struct DeliveryReport {
    std::string fileName;
    std::string sourceCode;
    std::string senderName;
    int64_t seq = 0;
    std::string peildatum;
    std::string viaCode;
    std::string fingerprint;
    DeliveryVerdict verdict = DeliveryVerdict::Refused;
    std::string reason;
    std::string detail;  // English, technical
    std::map<std::string, KindCounts> counts;
    int64_t heldId = 0;  // exchange_delivery id of a held file
    std::vector<ForwardedFile> forwarded;  // an accepted region file's municipality files, to check next
    std::vector<SenderKey> senderKeys;     // and the keys it vouches for
};

// Checks and merges one file inside the caller's transaction; a refused or held file leaves no
// row behind but its line in exchange_delivery.
DeliveryReport receiveExchangeFile(Database& db, const AreaDirectory& areas, const IncomingFile& file);

// A held file: trust its key for its sender (pin it) and merge it, or drop it.
DeliveryReport acceptHeldDelivery(Database& db, const AreaDirectory& areas, int64_t deliveryId);
void dropHeldDelivery(Database& db, int64_t deliveryId);

// Pins a key for an area by hand (a "sleutelbestand" imported, or a fingerprint confirmed).
void pinSenderKey(Database& db, const std::string& sourceCode, const std::string& name, const std::string& publicKey,
                  const std::string& fingerprint, const std::string& viaCode = {});

// The SQLite image at the start of a signed file (page size x page count from the header), or
// the whole input when the header does not say; the same rule as web/signing.js.
size_t sqliteImageLength(const uint8_t* data, size_t size);

const char* toString(DeliveryVerdict verdict);

}  // namespace wb::io
