#include "io/exchange_delivery.h"

#include <stdexcept>

#include "core/area_level.h"
#include "core/checklist.h"
#include "core/meta.h"
#include "core/schema.h"

namespace wb::io {
namespace {

void setMeta(Database& db, const std::string& key, const std::string& value) {
    Statement st = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    st.run();
}

std::string levelName(const Area& area) {
    switch (area.level) {
        case AreaLevel::Municipality: return "municipality";
        case AreaLevel::SafetyRegion: return "safety_region";
        case AreaLevel::Country: return "country";
        default: return {};
    }
}

// The organisations whose deliveries an organisation passes on: a region's municipalities, the
// country's regions.
bool deliversTo(const AreaDirectory& areas, const std::string& childCode, const std::string& parentCode) {
    const Area* child = areas.find(childCode);
    const Area* parent = areas.find(parentCode);
    if (!child || !parent) return false;
    if (parent->level == AreaLevel::SafetyRegion) {
        const Area* region = areas.ancestorAt(*child, AreaLevel::SafetyRegion);
        return child->level == AreaLevel::Municipality && region && region->code == parentCode;
    }
    return parent->level == AreaLevel::Country && child->level == AreaLevel::SafetyRegion;
}

void recordUnmerged(Database& db, const DeliveryReport& report, const char* state, const IncomingFile& file,
                    bool keepFile, const SignatureCheck& signature) {
    Statement st = db.prepare(
        "INSERT INTO exchange_delivery (source_code, seq, sender_name, peildatum, via_code, state, reason, public_key, "
        "fingerprint, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, report.sourceCode).bind(2, report.seq).bind(3, report.senderName).bind(4, report.peildatum);
    st.bind(5, report.viaCode).bind(6, state).bind(7, report.reason).bind(8, signature.publicKey);
    st.bind(9, signature.fingerprint);
    if (keepFile) st.bindBlob(10, file.signedFile.data(), file.signedFile.size());
    else st.bind(10, nullptr);
    st.run();
}

const char* problemCode(ExchangeFileProblem problem) {
    switch (problem) {
        case ExchangeFileProblem::NotAnExchangeFile: return "not_exchange";
        case ExchangeFileProblem::Damaged: return "damaged";
        case ExchangeFileProblem::NewerFormat: return "newer_format";
        case ExchangeFileProblem::Malformed: return "malformed";
        case ExchangeFileProblem::HashMismatch: return "hash";
        case ExchangeFileProblem::CountMismatch: return "counts";
    }
    return "malformed";
}

// Runs `work` in a savepoint: a merge that throws halfway leaves nothing behind.
template <typename Work>
void inSavepoint(Database& db, Work work) {
    db.exec("SAVEPOINT exchange_delivery");
    try {
        work();
    } catch (...) {
        db.exec("ROLLBACK TO exchange_delivery");
        db.exec("RELEASE exchange_delivery");
        throw;
    }
    db.exec("RELEASE exchange_delivery");
}

DeliveryReport receive(Database& db, const AreaDirectory& areas, const IncomingFile& file, bool keyDecided) {
    DeliveryReport report;
    report.fileName = file.fileName;
    report.viaCode = file.viaCode;
    report.fingerprint = file.signature.fingerprint;
    const auto refuse = [&](const std::string& reason, const std::string& detail) {
        report.verdict = DeliveryVerdict::Refused;
        report.reason = reason;
        report.detail = detail;
        recordUnmerged(db, report, "refused", file, false, file.signature);
        return report;
    };

    // Nothing from inside an unsigned or badly signed file is trusted, not even its sender's name.
    if (file.signature.state == SignatureState::Missing) return refuse("unsigned", "the file carries no signature");
    if (file.signature.state == SignatureState::Invalid) {
        return refuse("signature", "the signature does not match the file (" + file.signature.problem + ")");
    }

    ExchangeFile parsed;
    try {
        parsed = readExchangeFile(file.image.data(), file.image.size());
    } catch (const ExchangeFileError& e) {
        return refuse(problemCode(e.problem()), e.what());
    }
    const ExchangeManifest& m = parsed.manifest;
    report.sourceCode = m.senderCode;
    report.senderName = m.senderName;
    report.seq = m.seq;
    report.peildatum = m.peildatum;
    if (file.signature.trustedComment != trustedComment(m)) {
        return refuse("signed_for_other", "the signature vouches for '" + file.signature.trustedComment +
                                              "', the file says '" + trustedComment(m) + "'");
    }
    if (!areas.find(m.senderCode)) return refuse("integrity", "the sender " + m.senderCode + " is not an area known here");

    if (!keyDecided) {
        Statement pinned = db.prepare("SELECT public_key FROM exchange_sender WHERE source_code = ?");
        pinned.bind(1, m.senderCode);
        if (pinned.step()) {
            if (pinned.getText(0) != file.signature.publicKey) {
                report.verdict = DeliveryVerdict::Held;
                report.reason = "changed_key";
                report.detail = "signed with another key than the one trusted for " + m.senderCode;
                recordUnmerged(db, report, "held", file, true, file.signature);
                report.heldId = db.scalarInt("SELECT last_insert_rowid()");
                return report;
            }
        } else {
            Statement other = db.prepare("SELECT source_code FROM exchange_sender WHERE public_key = ?");
            other.bind(1, file.signature.publicKey);
            if (other.step()) {
                return refuse("key_of_other_area", "signed with the key of " + other.getText(0) + " for rows of " +
                                                       m.senderCode);
            }
            const SenderKey* vouched = nullptr;
            for (const SenderKey& key : file.vouchedKeys) {
                if (key.sourceCode == m.senderCode && key.publicKey == file.signature.publicKey) vouched = &key;
            }
            if (vouched) {
                pinSenderKey(db, m.senderCode, m.senderName, file.signature.publicKey, file.signature.fingerprint,
                             file.viaCode);
            } else {
                report.verdict = DeliveryVerdict::Held;
                report.reason = "unknown_key";
                report.detail = "no key is trusted for " + m.senderCode + " yet";
                recordUnmerged(db, report, "held", file, true, file.signature);
                report.heldId = db.scalarInt("SELECT last_insert_rowid()");
                return report;
            }
        }
    }

    CheckedDelivery delivery;
    delivery.sourceCode = m.senderCode;
    delivery.senderName = m.senderName;
    delivery.seq = m.seq;
    delivery.peildatum = m.peildatum;
    delivery.createdAt = m.createdAt;
    delivery.contentSha256 = m.contentSha256;
    delivery.viaCode = file.viaCode;
    delivery.publicKey = file.signature.publicKey;
    delivery.fingerprint = file.signature.fingerprint;
    delivery.records = std::move(parsed.records);
    delivery.file = file.signedFile;
    try {
        MergeResult merged;
        inSavepoint(db, [&] { merged = mergeDelivery(db, areas, delivery); });
        report.counts = merged.perKind;
        report.verdict = merged.outcome == DeliveryOutcome::Older       ? DeliveryVerdict::Older
                         : merged.outcome == DeliveryOutcome::Duplicate ? DeliveryVerdict::Duplicate
                                                                        : DeliveryVerdict::Accepted;
    } catch (const ExchangeIntegrityError& e) {
        return refuse("integrity", e.what());
    } catch (const std::invalid_argument& e) {
        return refuse("unreadable_row", e.what());
    } catch (const DatabaseError& e) {
        return refuse("unreadable_row", e.what());
    }
    report.forwarded = std::move(parsed.forwarded);
    report.senderKeys = std::move(parsed.senderKeys);
    return report;
}

}  // namespace

std::optional<OwnOrganisation> ownOrganisation(const Database& db) {
    const auto code = metaValue(db, "organisation_code");
    if (!code || code->empty()) return std::nullopt;
    return OwnOrganisation{*code, metaValue(db, "organisation_name").value_or("")};
}

void setOwnOrganisation(Database& db, const AreaDirectory& areas, const OwnOrganisation& organisation) {
    const Area* area = areas.find(organisation.code);
    if (!area || levelName(*area).empty()) {
        throw std::invalid_argument(organisation.code + " is not a municipality, a safety region or the country");
    }
    setMeta(db, "organisation_code", organisation.code);
    setMeta(db, "organisation_name", organisation.name.empty() ? area->name : organisation.name);
}

MadeExchange makeExchange(Database& db, const AreaDirectory& areas, const std::string& peildatum,
                          const std::string& createdAt) {
    const auto own = ownOrganisation(db);
    if (!own) throw std::invalid_argument("choose the organisation this database speaks for first");
    if (!isIsoDate(peildatum)) throw std::invalid_argument("the peildatum " + peildatum + " is not a date");
    const Area* area = areas.find(own->code);
    if (!area) throw std::invalid_argument("the area " + own->code + " is not known here");

    Transaction tx(db);
    const int64_t seq = std::stoll(metaValue(db, "exchange_seq").value_or("0")) + 1;
    setMeta(db, "exchange_seq", std::to_string(seq));

    ExchangeFile file;
    ExchangeManifest& m = file.manifest;
    m.senderCode = own->code;
    m.senderName = own->name;
    m.senderLevel = levelName(*area);
    const Area* region = areas.ancestorAt(*area, AreaLevel::SafetyRegion);
    m.senderRegion = region && region->code != own->code ? region->code : "";
    m.createdAt = createdAt;
    m.peildatum = peildatum;
    m.seq = seq;
    m.appSchemaVersion = currentSchemaVersion();
    file.records = ownRecords(db, areas, own->code);

    // The newest accepted delivery of each organisation below, unchanged, with the key it is
    // trusted under here: the next level checks both the file and that this region vouched for it.
    Statement latest = db.prepare(
        "SELECT d.source_code, d.seq, d.file, s.name, s.public_key, s.fingerprint FROM exchange_delivery d "
        "JOIN exchange_sender s ON s.source_code = d.source_code "
        "WHERE d.state = 'accepted' AND d.file IS NOT NULL AND d.via_code = '' AND d.seq = "
        "  (SELECT max(seq) FROM exchange_delivery e WHERE e.source_code = d.source_code AND e.state = 'accepted') "
        "ORDER BY d.source_code");
    while (latest.step()) {
        const std::string source = latest.getText(0);
        if (!deliversTo(areas, source, own->code)) continue;
        file.forwarded.push_back({source, latest.getInt(1), "", latest.getBlob(2)});
        file.senderKeys.push_back({source, latest.getText(3), latest.getText(4), latest.getText(5)});
    }

    MadeExchange made;
    made.image = writeExchangeFile(file);
    made.manifest = file.manifest;
    made.trustedComment = trustedComment(file.manifest);
    made.fileName = "voortgang-" + own->code + "-" + peildatum + "-" + std::to_string(seq) + ".sqlite";
    setMeta(db, "exchange_last_made_at", createdAt);
    tx.commit();
    return made;
}

DeliveryReport receiveExchangeFile(Database& db, const AreaDirectory& areas, const IncomingFile& file) {
    return receive(db, areas, file, false);
}

DeliveryReport acceptHeldDelivery(Database& db, const AreaDirectory& areas, int64_t deliveryId) {
    Statement held = db.prepare(
        "SELECT source_code, sender_name, public_key, fingerprint, via_code, file FROM exchange_delivery "
        "WHERE id = ? AND state = 'held'");
    held.bind(1, deliveryId);
    if (!held.step()) throw std::invalid_argument("there is no held delivery " + std::to_string(deliveryId));
    IncomingFile file;
    file.signedFile = held.getBlob(5);
    file.image.assign(file.signedFile.begin(),
                      file.signedFile.begin() + static_cast<long>(sqliteImageLength(file.signedFile.data(), file.signedFile.size())));
    file.viaCode = held.getText(4);
    file.signature.state = SignatureState::Valid;  // checked when it arrived; only the key waited
    file.signature.publicKey = held.getText(2);
    file.signature.fingerprint = held.getText(3);
    const std::string source = held.getText(0), name = held.getText(1);
    const ExchangeFile parsed = readExchangeFile(file.image.data(), file.image.size());
    file.signature.trustedComment = trustedComment(parsed.manifest);
    pinSenderKey(db, source, name, file.signature.publicKey, file.signature.fingerprint);
    dropHeldDelivery(db, deliveryId);
    return receive(db, areas, file, true);
}

void dropHeldDelivery(Database& db, int64_t deliveryId) {
    Statement st = db.prepare("DELETE FROM exchange_delivery WHERE id = ? AND state = 'held'");
    st.bind(1, deliveryId);
    st.run();
}

void pinSenderKey(Database& db, const std::string& sourceCode, const std::string& name, const std::string& publicKey,
                  const std::string& fingerprint, const std::string& viaCode) {
    Statement st = db.prepare(
        "INSERT OR REPLACE INTO exchange_sender (source_code, name, public_key, fingerprint, via_code) "
        "VALUES (?, ?, ?, ?, ?)");
    st.bind(1, sourceCode).bind(2, name).bind(3, publicKey).bind(4, fingerprint).bind(5, viaCode);
    st.run();
}

size_t sqliteImageLength(const uint8_t* data, size_t size) {
    static const char kHeader[] = "SQLite format 3";
    if (size < 100 || std::string(reinterpret_cast<const char*>(data), 16) != std::string(kHeader, 16)) return size;
    const auto u32 = [&](size_t at) {
        return (uint32_t(data[at]) << 24) | (uint32_t(data[at + 1]) << 16) | (uint32_t(data[at + 2]) << 8) | data[at + 3];
    };
    if (u32(24) != u32(92)) return size;  // the in-header page count is only valid when these agree
    const uint32_t pageSize = (uint32_t(data[16]) << 8 | data[17]) == 1 ? 65536 : (uint32_t(data[16]) << 8 | data[17]);
    const uint64_t length = uint64_t(pageSize) * u32(28);
    return length == 0 || length > size ? size : static_cast<size_t>(length);
}

const char* toString(DeliveryVerdict verdict) {
    switch (verdict) {
        case DeliveryVerdict::Accepted: return "accepted";
        case DeliveryVerdict::Older: return "older";
        case DeliveryVerdict::Duplicate: return "duplicate";
        case DeliveryVerdict::Held: return "held";
        case DeliveryVerdict::Refused: return "refused";
    }
    return "refused";
}

}  // namespace wb::io
