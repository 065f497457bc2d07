#include "views/exchange_view.h"

#include <cstdio>

#include "core/json_writer.h"
#include "views/app_state.h"
#include "views/basis_lines.h"
#include "views/progress_view.h"
#include "views/strings_exchange.h"

namespace wb {
namespace {

void appendField(std::string& out, const char* name, const std::string& value) {
    out += '"';
    out += name;
    out += "\":";
    appendJsonString(out, value);
    out += ',';
}

void appendNumber(std::string& out, const char* name, double value) {
    out += '"';
    out += name;
    out += "\":";
    appendJsonNumber(out, value);
    out += ',';
}

void closeObject(std::string& out) {
    if (out.back() == ',') out.pop_back();
    out += '}';
}

std::string formatted(const char* pattern, int a, int b, const std::string& c) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c.c_str());
    return buffer;
}

}  // namespace

std::string deliveryOutcomeText(const io::DeliveryReport& report, Language language) {
    std::string text = ui::verdictLabel(io::toString(report.verdict), language);
    const char* reason = ui::reasonLabel(report.reason, language);
    if (*reason) text += std::string(": ") + reason;
    return text;
}

std::string deliveryReportJson(const io::DeliveryReport& report, Language language) {
    std::string out = "{";
    appendField(out, "file", report.fileName);
    appendField(out, "source", report.sourceCode);
    appendField(out, "sender", report.senderName);
    appendNumber(out, "seq", static_cast<double>(report.seq));
    appendField(out, "peildatum", report.peildatum);
    appendField(out, "via", report.viaCode);
    appendField(out, "fingerprint", report.fingerprint);
    appendField(out, "verdict", io::toString(report.verdict));
    appendField(out, "reason", report.reason);
    appendField(out, "detail", report.detail);
    appendField(out, "message", deliveryOutcomeText(report, language));
    appendNumber(out, "held_id", static_cast<double>(report.heldId));
    out += "\"counts\":{";
    for (const auto& [kind, c] : report.counts) {
        appendJsonString(out, kind);
        out += ":{";
        appendNumber(out, "added", c.added);
        appendNumber(out, "updated", c.updated);
        appendNumber(out, "unchanged", c.unchanged);
        appendNumber(out, "history", c.history);
        appendNumber(out, "removed", c.removed);
        appendNumber(out, "conflicts", c.conflicts);
        closeObject(out);
        out += ',';
    }
    closeObject(out);
    out += ",\"forwarded\":[";
    for (const io::ForwardedFile& f : report.forwarded) {
        out += "{";
        appendField(out, "source", f.sourceCode);
        appendNumber(out, "seq", static_cast<double>(f.seq));
        appendNumber(out, "size", static_cast<double>(f.file.size()));
        closeObject(out);
        out += ',';
    }
    if (out.back() == ',') out.pop_back();
    out += "],\"sender_keys\":[";
    for (const io::SenderKey& k : report.senderKeys) {
        out += "{";
        appendField(out, "source", k.sourceCode);
        appendField(out, "name", k.name);
        appendField(out, "public_key", k.publicKey);
        appendField(out, "fingerprint", k.fingerprint);
        closeObject(out);
        out += ',';
    }
    if (out.back() == ',') out.pop_back();
    return out + "]}";
}

std::string deliveredLine(const DeliveryOverview& overview, Language language) {
    if (overview.delivered == 0) return {};
    // The peildatum reads as in the roll-ups' "Gebaseerd op ..." line (views/basis_lines.h).
    return formatted(ui::translation(ui::ExchangeText::DeliveredLine, language), overview.delivered,
                     overview.expected, peildatumText(overview.oldestPeildatum, overview.newestPeildatum, language));
}

std::string deliveryOverviewJson(const DeliveryOverview& overview, Language language) {
    std::string out = "{";
    appendField(out, "scope", overview.scopeCode);
    appendField(out, "as_of", overview.asOf);
    appendNumber(out, "expected", overview.expected);
    appendNumber(out, "delivered", overview.delivered);
    appendNumber(out, "current", overview.current);
    appendField(out, "oldest_peildatum", overview.oldestPeildatum);
    appendField(out, "newest_peildatum", overview.newestPeildatum);
    appendField(out, "line", deliveredLine(overview, language));
    out += "\"rows\":[";
    for (const AreaDelivery& row : overview.rows) {
        out += "{";
        appendField(out, "code", row.code);
        appendField(out, "name", row.name);
        appendField(out, "level", row.level);
        appendField(out, "region", row.regionCode);
        appendField(out, "state", std::string(toString(row.state)));
        appendField(out, "state_label", ui::deliveryStateLabel(row.state, language));
        appendNumber(out, "seq", static_cast<double>(row.seq));
        appendField(out, "peildatum", row.peildatum);
        appendField(out, "received_at", row.receivedAt);
        appendField(out, "via", row.viaCode);
        appendField(out, "fingerprint", row.fingerprint);
        out += "\"forwarded\":";
        out += row.forwarded ? "true," : "false,";
        appendField(out, "problem", row.problem);
        closeObject(out);
        out += ',';
    }
    if (out.back() == ',') out.pop_back();
    return out + "]}";
}

std::string conflictsJson(const std::vector<ExchangeConflict>& conflicts) {
    std::string out = "[";
    for (const ExchangeConflict& c : conflicts) {
        out += "{";
        appendNumber(out, "id", static_cast<double>(c.id));
        appendField(out, "kind", c.kind);
        appendField(out, "uid", c.uid);
        appendField(out, "local_uid", c.localUid);
        appendField(out, "area", c.areaCode);
        appendField(out, "source", c.sourceCode);
        appendNumber(out, "seq", static_cast<double>(c.seq));
        appendField(out, "local", c.localContent);
        appendField(out, "received", c.receivedContent);
        appendField(out, "detected_at", c.detectedAt);
        closeObject(out);
        out += ',';
    }
    if (out.back() == ',') out.pop_back();
    return out + "]";
}

std::string defaultDeliveryScope(const Database& db, const AreaDirectory& areas) {
    const auto own = io::ownOrganisation(db);
    if (own) {
        const Area* area = areas.find(own->code);
        if (area && (area->level == AreaLevel::SafetyRegion || area->level == AreaLevel::Country)) return own->code;
        if (area) {
            if (const Area* region = areas.ancestorAt(*area, AreaLevel::SafetyRegion)) return region->code;
        }
    }
    return "NL01";
}

ComputedIndicator deliveryIndicator(AppState& state) {
    using ui::ExchangeText;
    auto name = [](ExchangeText id, Language l) { return std::string(ui::translation(id, l)); };
    ComputedIndicator indicator;
    indicator.info = IndicatorInfo{kDeliveryIndicatorId,
                                   name(ExchangeText::IndicatorName, Language::Dutch),
                                   name(ExchangeText::IndicatorName, Language::English),
                                   name(ExchangeText::IndicatorUnit, Language::Dutch),
                                   name(ExchangeText::IndicatorUnit, Language::English),
                                   name(ExchangeText::IndicatorSource, Language::Dutch),
                                   false};
    indicator.values = [&state](const std::vector<Area>& areas) {
        std::vector<std::optional<double>> values(areas.size());
        if (!state.areas.find("NL01")) return values;
        const DeliveryOverview overview =
            deliveryOverview(state.db, state.areas, "NL01", progressReferenceDay(state.db));
        std::unordered_map<std::string, double> byCode;
        for (const AreaDelivery& row : overview.rows) {
            byCode[row.code] = !row.hasAccepted ? 0.0 : row.state == DeliveryState::Stale ? 1.0 : 2.0;
        }
        for (size_t i = 0; i < areas.size(); ++i) {
            const auto found = byCode.find(areas[i].code);
            if (found != byCode.end()) values[i] = found->second;
        }
        return values;
    };
    return indicator;
}

}  // namespace wb
