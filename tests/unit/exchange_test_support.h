// Helpers of the reporting chain's unit tests: an organisation's own copy of the dashboard, the
// municipalities of a region, a file as the browser hands it over after checking its signature,
// and receiving it in one transaction as the page does.
#pragma once

#include <string>
#include <vector>

#include "test_support.h"

#include "core/area_directory.h"
#include "core/areas.h"
#include "io/exchange_delivery.h"

namespace wb::test {

inline constexpr const char* kRegion = "VR15";  // Haaglanden
inline constexpr const char* kAsOf = "2026-03-31";

// One organisation's copy of the dashboard.
struct Copy {
    Database db = openDefaultDatabase();
    AreaDirectory areas = AreaDirectory::load(db, kDefaultDivisionYear);
    explicit Copy(const std::string& code) { io::setOwnOrganisation(db, areas, {code, "Team " + code}); }
};

inline std::vector<std::string> municipalitiesOf(const Copy& copy, const std::string& region) {
    std::vector<std::string> out;
    for (const Area* m : copy.areas.atLevel(AreaLevel::Municipality)) {
        const Area* r = copy.areas.ancestorAt(*m, AreaLevel::SafetyRegion);
        if (r && r->code == region) out.push_back(m->code);
    }
    return out;
}

inline constexpr const char* kKeyA = "RWQAAAAAAAAAAAkeyOfA";
inline constexpr const char* kKeyB = "RWQAAAAAAAAAAAkeyOfB";

// A file as the browser hands it over after checking its signature with `key`.
inline io::IncomingFile signedBy(const io::MadeExchange& made, const std::string& key) {
    io::IncomingFile file;
    file.fileName = made.fileName;
    file.image = made.image;
    file.signedFile = made.image;
    file.signature.state = io::SignatureState::Valid;
    file.signature.publicKey = key;
    file.signature.fingerprint = "11111 22222 33333 44444 55555 " + key.substr(key.size() - 5);
    file.signature.trustedComment = made.trustedComment;
    return file;
}

inline io::DeliveryReport receive(Copy& copy, const io::IncomingFile& file) {
    Transaction tx(copy.db);
    io::DeliveryReport report = io::receiveExchangeFile(copy.db, copy.areas, file);
    tx.commit();
    return report;
}

}  // namespace wb::test
