#include "core/delivery_status.h"

#include <algorithm>
#include <stdexcept>

#include "core/checklist.h"
#include "core/meta.h"

namespace wb {
namespace {

struct Latest {
    bool any = false;
    int64_t seq = 0;
    std::string peildatum, receivedAt, viaCode, fingerprint, state, reason;
};

// The newest accepted delivery, and the newest attempt of any kind, of one sender.
std::pair<Latest, Latest> latestOf(const Database& db, const std::string& code) {
    Statement st = db.prepare(
        "SELECT seq, peildatum, received_at, via_code, fingerprint, state, reason FROM exchange_delivery "
        "WHERE source_code = ?1 AND state = ?2 ORDER BY seq DESC, id DESC LIMIT 1");
    Statement attempt = db.prepare(
        "SELECT seq, peildatum, received_at, via_code, fingerprint, state, reason FROM exchange_delivery "
        "WHERE source_code = ?1 ORDER BY id DESC LIMIT 1");
    const auto read = [](Statement& s) {
        Latest l;
        if (!s.step()) return l;
        l = {true, s.getInt(0), s.getText(1), s.getText(2), s.getText(3), s.getText(4), s.getText(5), s.getText(6)};
        return l;
    };
    st.bind(1, code).bind(2, "accepted");
    attempt.bind(1, code);
    return {read(st), read(attempt)};
}

std::string dayMinus(const Database& db, const std::string& day, int days) {
    Statement st = db.prepare("SELECT date(?, ?)");
    st.bind(1, day).bind(2, "-" + std::to_string(days) + " days");
    st.step();
    return st.getText(0);
}

AreaDelivery describe(const Database& db, const Area& area, const std::string& regionCode, const std::string& staleBefore,
                      const std::string& lastMadeAt) {
    AreaDelivery row;
    row.code = area.code;
    row.name = area.name;
    row.level = std::string(toString(area.level));
    row.regionCode = regionCode;
    const auto [accepted, attempt] = latestOf(db, area.code);
    if (accepted.any) {
        row.hasAccepted = true;
        row.seq = accepted.seq;
        row.peildatum = accepted.peildatum;
        row.receivedAt = accepted.receivedAt;
        row.viaCode = accepted.viaCode;
        row.fingerprint = accepted.fingerprint;
        row.state = accepted.peildatum < staleBefore ? DeliveryState::Stale : DeliveryState::Received;
        row.forwarded = !lastMadeAt.empty() && accepted.receivedAt <= lastMadeAt;
    }
    // A newer attempt that was held or refused is what needs someone's attention.
    if (attempt.any && (attempt.state == "held" || attempt.state == "refused") &&
        (!accepted.any || attempt.receivedAt >= accepted.receivedAt)) {
        row.state = attempt.state == "held" ? DeliveryState::Held : DeliveryState::Refused;
        row.problem = attempt.reason;
        if (!accepted.any) row.fingerprint = attempt.fingerprint;
    }
    return row;
}

}  // namespace

std::string_view toString(DeliveryState state) {
    switch (state) {
        case DeliveryState::Missing: return "missing";
        case DeliveryState::Received: return "received";
        case DeliveryState::Stale: return "stale";
        case DeliveryState::Held: return "held";
        case DeliveryState::Refused: return "refused";
    }
    return "missing";
}

DeliveryOverview deliveryOverview(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                                  const std::string& asOf) {
    if (!isIsoDate(asOf)) throw std::invalid_argument("the as-of date " + asOf + " is not a date");
    const Area* scope = areas.find(scopeCode);
    if (!scope || (scope->level != AreaLevel::SafetyRegion && scope->level != AreaLevel::Country)) {
        throw std::invalid_argument(scopeCode + " is neither a safety region nor the country");
    }
    DeliveryOverview overview;
    overview.scopeCode = scopeCode;
    overview.asOf = asOf;
    const std::string staleBefore = dayMinus(db, asOf, kStaleAfterDays);
    const std::string lastMadeAt = metaValue(db, "exchange_last_made_at").value_or("");

    std::vector<const Area*> regions;
    if (scope->level == AreaLevel::Country) regions = areas.atLevel(AreaLevel::SafetyRegion);
    else regions = {scope};
    if (scope->level == AreaLevel::Country) {
        for (const Area* region : regions) overview.rows.push_back(describe(db, *region, region->code, staleBefore, lastMadeAt));
    }
    for (const Area* region : regions) {
        std::vector<const Area*> municipalities;
        for (const Area* m : areas.atLevel(AreaLevel::Municipality)) {
            const Area* r = areas.ancestorAt(*m, AreaLevel::SafetyRegion);
            if (r && r->code == region->code) municipalities.push_back(m);
        }
        std::sort(municipalities.begin(), municipalities.end(),
                  [](const Area* a, const Area* b) { return a->name < b->name; });
        for (const Area* m : municipalities) {
            AreaDelivery row = describe(db, *m, region->code, staleBefore, lastMadeAt);
            ++overview.expected;
            if (row.hasAccepted) {
                ++overview.delivered;
                if (row.peildatum >= staleBefore) ++overview.current;
                if (overview.oldestPeildatum.empty() || row.peildatum < overview.oldestPeildatum) overview.oldestPeildatum = row.peildatum;
                if (row.peildatum > overview.newestPeildatum) overview.newestPeildatum = row.peildatum;
            }
            overview.rows.push_back(std::move(row));
        }
    }
    return overview;
}

}  // namespace wb
