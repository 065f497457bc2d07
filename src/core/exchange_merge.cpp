#include "core/exchange_merge.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <utility>

#include "core/sha256.h"

namespace wb {
namespace {

struct ReceivedVersion {
    std::string sha256;
    std::string sourceCode;
};

std::optional<ReceivedVersion> lastReceived(const Database& db, const std::string& kind, const std::string& uid) {
    Statement& st = db.cached("SELECT content_sha256, source_code FROM exchange_received WHERE kind = ? AND uid = ?");
    st.bind(1, kind).bind(2, uid);
    if (!st.step()) return std::nullopt;
    return ReceivedVersion{st.getText(0), st.getText(1)};
}

void rememberReceived(Database& db, const std::string& kind, const std::string& uid, const std::string& sourceCode,
                      int64_t seq, const std::string& contentSha) {
    Statement& st = db.cached(
        "INSERT OR REPLACE INTO exchange_received (kind, uid, source_code, seq, content_sha256) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, kind).bind(2, uid).bind(3, sourceCode).bind(4, seq).bind(5, contentSha);
    st.run();
}

void forgetReceived(Database& db, const std::string& kind, const std::string& uid) {
    Statement& st = db.cached("DELETE FROM exchange_received WHERE kind = ? AND uid = ?");
    st.bind(1, kind).bind(2, uid);
    st.run();
}

// One open conflict per row: a later delivery replaces what the sender's side says.
void recordConflict(Database& db, const ExchangeConflict& c) {
    Statement& update = db.cached(
        "UPDATE exchange_conflict SET local_uid = ?, local_content = ?, received_content = ?, seq = ?, "
        "detected_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE kind = ? AND uid = ? AND resolution IS NULL");
    update.bind(1, c.localUid).bind(2, c.localContent).bind(3, c.receivedContent).bind(4, c.seq).bind(5, c.kind);
    update.bind(6, c.uid);
    update.run();
    if (db.changes() > 0) return;
    Statement& insert = db.cached(
        "INSERT INTO exchange_conflict (kind, uid, local_uid, area_code, source_code, seq, local_content, "
        "received_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, c.kind).bind(2, c.uid).bind(3, c.localUid).bind(4, c.areaCode).bind(5, c.sourceCode).bind(6, c.seq);
    insert.bind(7, c.localContent).bind(8, c.receivedContent);
    insert.run();
}

// The example rows every copy of the dashboard ships with carry the same ids everywhere: one that
// was never received yet counts as unedited, so a sender's change to it is an update, not a conflict.
bool isShippedExample(const std::string& content) {
    const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(content, nullptr, false);
    return parsed.is_object() && parsed.value("is_example", 0) == 1;
}

}  // namespace

int MergeResult::conflicts() const {
    int n = 0;
    for (const auto& [kind, counts] : perKind) n += counts.conflicts;
    return n;
}

namespace {

std::string statusContent(const Database& db, const AreaDirectory& areas, const std::string& uid) {
    const auto record = currentRecord(db, areas, "measure_status", uid);
    return record ? record->content : std::string();
}

// Checklist statuses recorded here for the sender's area since the last delivery that disagree
// with what the sender now says is current.
void findStatusConflicts(Database& db, const AreaDirectory& areas, const CheckedDelivery& delivery,
                         const std::set<std::pair<std::string, int64_t>>& touched, const std::string& since,
                         const std::set<std::string>& deliveredUids, KindCounts& counts) {
    Statement& local = db.cached(
        "SELECT uid, status FROM measure_status WHERE area_code = ? AND measure_id = ? AND source_code = '' "
        "AND superseded = 0 AND changed_at >= ? ORDER BY status_date DESC, id DESC");
    Statement& received = db.cached(
        "SELECT uid, status FROM measure_status WHERE area_code = ? AND measure_id = ? AND source_code = ? "
        "AND superseded = 0 ORDER BY status_date DESC, id DESC LIMIT 1");
    for (const auto& [area, measureId] : touched) {
        received.bind(1, area).bind(2, measureId).bind(3, delivery.sourceCode);
        if (!received.step()) {
            received.reset();
            continue;
        }
        const std::string receivedUid = received.getText(0), receivedStatus = received.getText(1);
        received.reset();
        local.bind(1, area).bind(2, measureId).bind(3, since);
        std::optional<std::pair<std::string, std::string>> mine;
        while (local.step()) {
            // A row the sender also holds is not an edit made here (the shipped example rows).
            if (deliveredUids.count(local.getText(0))) continue;
            mine = std::make_pair(local.getText(0), local.getText(1));
            break;
        }
        local.reset();
        if (!mine || mine->second == receivedStatus) continue;
        recordConflict(db, {0, "measure_status", receivedUid, mine->first, area, delivery.sourceCode, delivery.seq,
                            statusContent(db, areas, mine->first), statusContent(db, areas, receivedUid), ""});
        ++counts.conflicts;
        --counts.added;  // the newest received row is counted once, as the conflict
    }
}

std::string summaryJson(const MergeResult& result) {
    nlohmann::ordered_json summary = nlohmann::ordered_json::object();
    for (const auto& [kind, c] : result.perKind) {
        summary[kind] = {{"added", c.added},     {"updated", c.updated}, {"unchanged", c.unchanged},
                         {"history", c.history}, {"removed", c.removed}, {"conflicts", c.conflicts}};
    }
    return summary.dump();
}

}  // namespace

MergeResult mergeDelivery(Database& db, const AreaDirectory& areas, const CheckedDelivery& delivery) {
    MergeResult result;
    for (const ExchangeRecord& record : delivery.records) {
        const bool inArea = record.kind == "action_list" ? record.areaCode == delivery.sourceCode
                                                         : ownsArea(areas, delivery.sourceCode, record.areaCode);
        if (!inArea) {
            throw ExchangeIntegrityError("the file of " + delivery.sourceCode + " carries a row about " +
                                         record.areaCode + ", which is not its own area (" + record.kind + " " +
                                         record.uid + ")");
        }
    }

    {
        Statement& seen = db.cached(
            "SELECT content_sha256 FROM exchange_delivery WHERE source_code = ? AND seq = ? "
            "AND state IN ('accepted', 'older') LIMIT 1");
        seen.bind(1, delivery.sourceCode).bind(2, delivery.seq);
        if (seen.step()) {
            if (seen.getText(0) != delivery.contentSha256) {
                throw ExchangeIntegrityError("delivery " + std::to_string(delivery.seq) + " of " + delivery.sourceCode +
                                             " was received before with other content");
            }
            result.outcome = DeliveryOutcome::Duplicate;
            for (const ExchangeRecord& record : delivery.records) ++result.perKind[record.kind].unchanged;
            result.rowsRead = static_cast<int>(delivery.records.size());
            return result;
        }
    }

    int64_t newestSeq = 0;
    std::string since;
    {
        Statement& newest = db.cached(
            "SELECT seq, received_at FROM exchange_delivery WHERE source_code = ? AND state = 'accepted' "
            "ORDER BY seq DESC LIMIT 1");
        newest.bind(1, delivery.sourceCode);
        if (newest.step()) {
            newestSeq = newest.getInt(0);
            since = newest.getText(1);
        }
    }
    const bool older = delivery.seq < newestSeq;
    result.outcome = older ? DeliveryOutcome::Older : DeliveryOutcome::Accepted;

    std::set<std::string> deliveredUids;
    for (const ExchangeRecord& record : delivery.records) deliveredUids.insert(record.uid);
    std::set<std::pair<std::string, int64_t>> touchedStatuses;
    std::map<std::string, std::set<std::string>> deliveredByKind;

    for (const ExchangeRecord& incoming : delivery.records) {
        KindCounts& counts = result.perKind[incoming.kind];
        ++result.rowsRead;
        deliveredByKind[incoming.kind].insert(incoming.uid);
        ExchangeRecord record = incoming;
        record.content = canonicalContent(incoming.content);
        const std::optional<ExchangeRecord> local = currentRecord(db, areas, record.kind, record.uid);

        if (isImmutableKind(record.kind)) {
            if (!local) {
                applyRecord(db, record, delivery.sourceCode);
                older ? ++counts.history : ++counts.added;
                if (!older) {
                    Statement& m = db.cached("SELECT measure_id FROM measure_status WHERE uid = ?");
                    m.bind(1, record.uid);
                    m.step();
                    touchedStatuses.insert({record.areaCode, m.getInt(0)});
                }
            } else if (local->content == record.content && local->areaCode == record.areaCode) {
                ++counts.unchanged;
            } else {
                throw ExchangeIntegrityError("the status row " + record.uid + " of " + record.areaCode +
                                             " differs from the one received before under the same id");
            }
            continue;
        }

        if (record.kind == "action_list") {
            // Lists travel so rows can refer to them; measures are only ever added.
            if (local && local->content == record.content) {
                ++counts.unchanged;
                continue;
            }
            applyRecord(db, record, delivery.sourceCode);
            const auto after = currentRecord(db, areas, record.kind, record.uid);
            if (!local) ++counts.added;
            else if (after && after->content != local->content) ++counts.updated;
            else ++counts.unchanged;
            continue;
        }

        const std::string incomingSha = sha256Hex(record.content);
        const std::optional<ReceivedVersion> base = lastReceived(db, record.kind, record.uid);
        if (local && local->content == record.content) {
            ++counts.unchanged;
            if (!older) rememberReceived(db, record.kind, record.uid, delivery.sourceCode, delivery.seq, incomingSha);
            continue;
        }
        if (older) {
            ++counts.history;  // a newer delivery from the same sender already spoke for this row
            continue;
        }
        if (!local) {
            if (base && base->sha256 == incomingSha) {
                ++counts.unchanged;  // removed here after it was received; the sender did not change it
                continue;
            }
            applyRecord(db, record, delivery.sourceCode);
            base ? ++counts.updated : ++counts.added;
            rememberReceived(db, record.kind, record.uid, delivery.sourceCode, delivery.seq, incomingSha);
            continue;
        }
        const std::string localSha = sha256Hex(local->content);
        if (base && base->sha256 == incomingSha) {
            ++counts.unchanged;  // edited here, unchanged there: the edit made here stands
            continue;
        }
        const bool editedHere = base ? base->sha256 != localSha : !isShippedExample(local->content);
        if (!editedHere) {
            applyRecord(db, record, delivery.sourceCode);
            ++counts.updated;
            rememberReceived(db, record.kind, record.uid, delivery.sourceCode, delivery.seq, incomingSha);
            continue;
        }
        recordConflict(db, {0, record.kind, record.uid, record.uid, record.areaCode, delivery.sourceCode, delivery.seq,
                            local->content, record.content, ""});
        ++counts.conflicts;
    }

    if (!older) {
        findStatusConflicts(db, areas, delivery, touchedStatuses, since, deliveredUids, result.perKind["measure_status"]);
        if (result.perKind["measure_status"].total() == 0) result.perKind.erase("measure_status");

        // Rows this sender delivered before and no longer has.
        for (std::string_view kindView : kExchangeKinds) {
            const std::string kind(kindView);
            if (isImmutableKind(kind) || kind == "action_list") continue;
            Statement& gone = db.cached(
                "SELECT uid, content_sha256 FROM exchange_received WHERE kind = ? AND source_code = ? ORDER BY uid");
            gone.bind(1, kind).bind(2, delivery.sourceCode);
            std::vector<std::pair<std::string, std::string>> missing;
            while (gone.step()) {
                if (!deliveredByKind[kind].count(gone.getText(0))) missing.emplace_back(gone.getText(0), gone.getText(1));
            }
            for (const auto& [uid, baseSha] : missing) {
                const auto local = currentRecord(db, areas, kind, uid);
                if (local && sha256Hex(local->content) != baseSha) {
                    recordConflict(db, {0, kind, uid, uid, local->areaCode, delivery.sourceCode, delivery.seq,
                                        local->content, "", ""});
                    ++result.perKind[kind].conflicts;
                    continue;
                }
                if (local) {
                    removeRecordRow(db, kind, uid);
                    ++result.perKind[kind].removed;
                }
                forgetReceived(db, kind, uid);
            }
        }
    }

    Statement& log = db.cached(
        "INSERT INTO exchange_delivery (source_code, seq, sender_name, peildatum, created_at, content_sha256, via_code, "
        "state, public_key, fingerprint, summary, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    log.bind(1, delivery.sourceCode).bind(2, delivery.seq).bind(3, delivery.senderName).bind(4, delivery.peildatum);
    log.bind(5, delivery.createdAt).bind(6, delivery.contentSha256).bind(7, delivery.viaCode);
    log.bind(8, older ? "older" : "accepted").bind(9, delivery.publicKey).bind(10, delivery.fingerprint);
    log.bind(11, summaryJson(result));
    if (delivery.file.empty()) log.bind(12, nullptr);
    else log.bindBlob(12, delivery.file.data(), delivery.file.size());
    log.run();
    return result;
}

// ---- conflicts -------------------------------------------------------------------------------------

std::vector<ExchangeConflict> openConflicts(const Database& db, const std::string& onlySourceCode) {
    Statement& st = db.cached(
        "SELECT id, kind, uid, local_uid, area_code, source_code, seq, local_content, received_content, detected_at "
        "FROM exchange_conflict WHERE resolution IS NULL AND (?1 = '' OR source_code = ?1) ORDER BY id");
    st.bind(1, onlySourceCode);
    std::vector<ExchangeConflict> out;
    while (st.step()) {
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), st.getText(4), st.getText(5),
                       st.getInt(6), st.getText(7), st.getText(8), st.getText(9)});
    }
    return out;
}

namespace {

// Makes the rows of one side lose: those newer (date, then entry order) than the other side's
// row, from here ('' source) or from the sender.
void supersedeNewerStatuses(Database& db, const std::string& winnerUid, const std::string& loserSource) {
    Statement& st = db.cached(
        "UPDATE measure_status SET superseded = 1 WHERE superseded = 0 AND source_code = ?2 AND id IN ("
        "  SELECT s.id FROM measure_status s JOIN measure_status w ON w.uid = ?1 "
        "   WHERE s.area_code = w.area_code AND s.measure_id = w.measure_id "
        "     AND (s.status_date > w.status_date OR (s.status_date = w.status_date AND s.id > w.id)))");
    st.bind(1, winnerUid).bind(2, loserSource);
    st.run();
}

}  // namespace

void resolveConflict(Database& db, int64_t conflictId, ConflictChoice choice) {
    std::optional<ExchangeConflict> conflict;
    for (ExchangeConflict& c : openConflicts(db)) {
        if (c.id == conflictId) conflict = std::move(c);
    }
    if (!conflict) throw std::invalid_argument("there is no open conflict " + std::to_string(conflictId));
    const ExchangeConflict& c = *conflict;
    if (c.kind == "measure_status") {
        if (choice == ConflictChoice::Received) supersedeNewerStatuses(db, c.uid, "");
        else supersedeNewerStatuses(db, c.localUid, c.sourceCode);
    } else if (choice == ConflictChoice::Received) {
        if (c.receivedContent.empty()) {
            removeRecordRow(db, c.kind, c.uid);
            forgetReceived(db, c.kind, c.uid);
        } else {
            applyRecord(db, {c.kind, c.uid, c.areaCode, c.receivedContent}, c.sourceCode);
            rememberReceived(db, c.kind, c.uid, c.sourceCode, c.seq, sha256Hex(c.receivedContent));
        }
    } else if (c.receivedContent.empty()) {
        forgetReceived(db, c.kind, c.uid);  // kept here, no longer the sender's
    } else {
        // Seen and declined: the sender's next delivery of the same content leaves the edit alone.
        rememberReceived(db, c.kind, c.uid, c.sourceCode, c.seq, sha256Hex(c.receivedContent));
    }
    Statement& done = db.cached(
        "UPDATE exchange_conflict SET resolution = ?, resolved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
    done.bind(1, choice == ConflictChoice::Received ? "received" : "local").bind(2, conflictId);
    done.run();
}

int resolveAllConflicts(Database& db, const std::string& sourceCode, ConflictChoice choice) {
    int n = 0;
    for (const ExchangeConflict& c : openConflicts(db, sourceCode)) {
        resolveConflict(db, c.id, choice);
        ++n;
    }
    return n;
}

}  // namespace wb
