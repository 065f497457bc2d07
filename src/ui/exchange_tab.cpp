// The "Uitwisseling" tab of the Basisniveau workspace: the reporting chain without a server.
// Top to bottom as the work goes: who this dashboard speaks for and its signing key; delivering
// the own file; reading others' files (the last batch's outcome); files waiting for a decision;
// conflicts; the delivery status of the region or the country; the senders trusted here.
// The browser does the signing and the file dialogs (web/exchange.js): the tab only asks.
#include <imgui.h>

#include <cstdio>
#include <string>
#include <vector>

#include "core/checklist.h"
#include "core/date_format.h"
#include "core/delivery_status.h"
#include "core/exchange_merge.h"
#include "io/exchange_delivery.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/progress_widgets.h"
#include "ui/test_anchors.h"
#include "views/exchange_view.h"
#include "views/progress_view.h"
#include "views/strings_exchange.h"

namespace wb::ui {
namespace {

using T = ExchangeText;

struct HeldFile {
    int64_t id = 0;
    std::string source, name, fingerprint, reason;
    int64_t seq = 0;
};

std::vector<HeldFile> heldFiles(const Database& db) {
    Statement st = db.prepare(
        "SELECT id, source_code, sender_name, seq, fingerprint, reason FROM exchange_delivery WHERE state = 'held' "
        "ORDER BY id");
    std::vector<HeldFile> out;
    while (st.step()) {
        out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(4), st.getText(5), st.getInt(3)});
    }
    return out;
}

void drawOrganisation(AppState& state) {
    ExchangeView& x = state.exchange;
    const auto own = io::ownOrganisation(state.db);
    if (x.codeInput.empty() && own) {
        x.codeInput = own->code;
        x.nameInput = own->name;
    }
    ImGui::TextWrapped("%s", tr(T::OrganisationHint));
    char code[16], name[128];
    std::snprintf(code, sizeof code, "%s", x.codeInput.c_str());
    std::snprintf(name, sizeof name, "%s", x.nameInput.c_str());
    labelledInput(tr(T::OrganisationCode), "exchange-code", code, sizeof code);
    labelledInput(tr(T::OrganisationName), "exchange-name", name, sizeof name);
    x.codeInput = code;
    x.nameInput = name;
    const Area* area = state.areas.find(x.codeInput);
    const bool valid = area && (area->level == AreaLevel::Municipality || area->level == AreaLevel::SafetyRegion ||
                                area->level == AreaLevel::Country);
    if (!x.codeInput.empty() && !valid) warningText(formatted(tr(T::UnknownArea), x.codeInput.c_str()));
    ImGui::BeginDisabled(!valid || (own && own->code == x.codeInput && own->name == x.nameInput));
    if (ImGui::Button(tr(T::SaveOrganisation))) {
        io::setOwnOrganisation(state.db, state.areas, {x.codeInput, x.nameInput});
        state.dataChanged();
        x.key.checked = false;
        x.requests.savePublicKey = false;
        x.statusScope.clear();
    }
    anchorLastItem("exchange-save-organisation");
    ImGui::EndDisabled();
    if (!own) {
        ImGui::TextDisabled("%s", tr(T::NoOrganisation));
        return;
    }

    ImGui::Separator();
    ImGui::TextUnformatted(tr(T::Key));
    if (!x.key.checked || x.key.areaCode != own->code) {
        ImGui::TextDisabled("%s", tr(T::KeyUnknown));
    } else if (x.key.present) {
        ImGui::Text("%s: %s", tr(T::KeyFingerprint), x.key.fingerprint.c_str());
        if (ImGui::SmallButton(tr(T::SavePublicKey))) x.requests.savePublicKey = true;
        anchorLastItem("exchange-save-public-key");
    } else {
        ImGui::TextWrapped(formatted(tr(T::KeyNone), own->code.c_str()).c_str(), "");
    }
    ImGui::TextWrapped("%s", tr(T::PassphraseHint));
    char pass[128], again[128];
    std::snprintf(pass, sizeof pass, "%s", x.passphrase.c_str());
    std::snprintf(again, sizeof again, "%s", x.passphraseRepeat.c_str());
    ImGui::InputText(tr(T::Passphrase), pass, sizeof pass, ImGuiInputTextFlags_Password);
    anchorLastItem("exchange-passphrase");
    ImGui::InputText(tr(T::PassphraseRepeat), again, sizeof again, ImGuiInputTextFlags_Password);
    anchorLastItem("exchange-passphrase-repeat");
    x.passphrase = pass;
    x.passphraseRepeat = again;
    const bool mismatch = x.passphrase != x.passphraseRepeat;
    if (mismatch && !x.passphraseRepeat.empty()) warningText(tr(T::PassphraseMismatch));
    ImGui::BeginDisabled(x.passphrase.empty() || mismatch);
    if (ImGui::Button(tr(T::MakeKey))) x.requests.makeKey = true;
    anchorLastItem("exchange-make-key");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(x.passphrase.empty());
    if (ImGui::Button(tr(T::RestoreKey))) x.requests.restoreKey = true;
    anchorLastItem("exchange-restore-key");
    ImGui::EndDisabled();

    ImGui::Separator();
    ImGui::TextUnformatted(tr(T::Deliver));
    if (x.peildatumInput.empty()) x.peildatumInput = progressReferenceDay(state.db);
    char day[16];
    std::snprintf(day, sizeof day, "%s", x.peildatumInput.c_str());
    labelledInput(tr(T::Peildatum), "exchange-peildatum", day, sizeof day);
    x.peildatumInput = day;
    ImGui::TextWrapped("%s", tr(T::DeliverHint));
    ImGui::BeginDisabled(!x.key.present || !isIsoDate(x.peildatumInput));
    if (ImGui::Button(tr(T::Deliver))) x.requests.deliverAsOf = x.peildatumInput;
    anchorLastItem("exchange-deliver");
    ImGui::EndDisabled();
}

void drawCounts(const io::DeliveryReport& report) {
    KindCounts sum;
    for (const auto& [kind, c] : report.counts) {
        sum.added += c.added;
        sum.updated += c.updated;
        sum.unchanged += c.unchanged;
        sum.history += c.history;
        sum.removed += c.removed;
        sum.conflicts += c.conflicts;
    }
    for (int value : {sum.added, sum.updated, sum.unchanged, sum.conflicts}) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", value);
    }
}

void drawReceive(AppState& state) {
    ExchangeView& x = state.exchange;
    ImGui::TextWrapped("%s", tr(T::ReceiveHint));
    if (ImGui::Button(tr(T::Receive))) x.requests.pickFiles = true;
    anchorLastItem("exchange-receive");
    if (x.batch.running()) {
        const std::string line = formatted(tr(T::Busy), x.batch.done, x.batch.total);
        ImGui::ProgressBar(static_cast<float>(x.batch.done) / static_cast<float>(x.batch.total), ImVec2(-1, 0), line.c_str());
    }
    if (x.batch.reports.empty()) return;
    ImGui::TextDisabled("%s", tr(T::LastBatch));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##exchange-batch", 6, flags)) return;
    ImGui::TableSetupColumn(tr(T::ColumnSender), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(T::ColumnResult), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr(T::ColumnNew));
    ImGui::TableSetupColumn(tr(T::ColumnUpdated));
    ImGui::TableSetupColumn(tr(T::ColumnUnchanged));
    ImGui::TableSetupColumn(tr(T::ColumnConflicts));
    ImGui::TableHeadersRow();
    const Language language = currentLanguage();
    for (const io::DeliveryReport& r : x.batch.reports) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", (r.sourceCode.empty() ? r.fileName : r.sourceCode + " " + r.senderName).c_str());
        ImGui::TableNextColumn();
        const std::string outcome = deliveryOutcomeText(r, language);
        if (r.verdict == io::DeliveryVerdict::Refused || r.verdict == io::DeliveryVerdict::Held) warningText(outcome);
        else ImGui::TextWrapped("%s", outcome.c_str());
        drawCounts(r);
    }
    ImGui::EndTable();
}

void drawHeld(AppState& state) {
    const std::vector<HeldFile> held = heldFiles(state.db);
    if (held.empty()) {
        ImGui::TextDisabled("%s", tr(T::NoHeld));
        return;
    }
    for (const HeldFile& h : held) {
        ImGui::PushID(static_cast<int>(h.id));
        ImGui::TextWrapped("%s", formatted(tr(T::HeldLine), (h.source + " " + h.name).c_str(), static_cast<int>(h.seq),
                                           h.fingerprint.c_str()).c_str());
        ImGui::TextDisabled("%s", reasonLabel(h.reason, currentLanguage()));
        // Through the page: a region's file carries municipality files whose signatures it checks.
        if (ImGui::SmallButton(tr(T::TrustAndImport))) state.exchange.requests.acceptHeld = h.id;
        anchorLastItem("exchange-trust-" + h.source);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(T::Reject))) {
            io::dropHeldDelivery(state.db, h.id);
            state.dataChanged();
        }
        ImGui::PopID();
    }
}

void drawConflicts(AppState& state) {
    const std::vector<ExchangeConflict> open = openConflicts(state.db);
    if (open.empty()) {
        ImGui::TextDisabled("%s", tr(T::NoConflicts));
        return;
    }
    std::string lastSource;
    for (const ExchangeConflict& c : open) {
        ImGui::PushID(static_cast<int>(c.id));
        if (c.sourceCode != lastSource) {
            lastSource = c.sourceCode;
            if (ImGui::SmallButton(formatted(tr(T::TakeAllFrom), c.sourceCode.c_str()).c_str())) {
                Transaction tx(state.db);
                resolveAllConflicts(state.db, c.sourceCode, ConflictChoice::Received);
                tx.commit();
                state.dataChanged();
                state.refreshComputed();
                ImGui::PopID();
                return;  // the list changed
            }
        }
        ImGui::Separator();
        ImGui::Text("%s %s (%s)", c.areaCode.c_str(), c.kind.c_str(), c.uid.substr(0, 24).c_str());
        ImGui::TextDisabled("%s", tr(T::ConflictLocal));
        ImGui::TextWrapped("%s", c.localContent.c_str());
        ImGui::TextDisabled("%s", formatted(tr(T::ConflictReceived), c.sourceCode.c_str()).c_str());
        ImGui::TextWrapped("%s", c.receivedContent.empty() ? tr(T::ConflictRemoved) : c.receivedContent.c_str());
        bool resolved = false;
        if (ImGui::SmallButton(tr(T::TakeReceived))) {
            resolveConflict(state.db, c.id, ConflictChoice::Received);
            resolved = true;
        }
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(T::KeepLocal))) {
            resolveConflict(state.db, c.id, ConflictChoice::Local);
            resolved = true;
        }
        ImGui::PopID();
        if (resolved) {
            state.dataChanged();
            state.refreshComputed();
            return;
        }
    }
}

void drawDeliveryStatus(AppState& state) {
    ExchangeView& x = state.exchange;
    if (x.statusScope.empty()) x.statusScope = defaultDeliveryScope(state.db, state.areas);
    const Area* scope = state.areas.find(x.statusScope);
    if (ImGui::BeginCombo(tr(T::DeliveryScope), scope ? scope->name.c_str() : x.statusScope.c_str())) {
        if (const Area* country = state.areas.find("NL01")) {
            if (ImGui::Selectable(country->name.c_str(), x.statusScope == "NL01")) x.statusScope = "NL01";
        }
        for (const Area* region : state.areas.atLevel(AreaLevel::SafetyRegion)) {
            if (ImGui::Selectable(region->name.c_str(), x.statusScope == region->code)) x.statusScope = region->code;
        }
        ImGui::EndCombo();
    }
    anchorLastItem("exchange-status-scope");
    if (!scope) return;
    const DeliveryOverview overview = deliveryOverview(state.db, state.areas, x.statusScope, progressReferenceDay(state.db));
    const Language language = currentLanguage();
    const std::string line = deliveredLine(overview, language);
    ImGui::TextWrapped("%s", line.empty() ? formatted(tr(T::DeliveredLine), 0, overview.expected, "-").c_str() : line.c_str());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetFontSize() * 18;
    if (!ImGui::BeginTable("##delivery-status", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(T::ColumnArea), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(tr(T::ColumnState), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(T::ColumnPeildatum));
    ImGui::TableSetupColumn(tr(T::ColumnSeq));
    ImGui::TableSetupColumn(tr(T::ColumnForwarded));
    ImGui::TableHeadersRow();
    for (const AreaDelivery& row : overview.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (row.level == "safety_region") ImGui::Text("%s", row.name.c_str());
        else ImGui::Text("  %s", row.name.c_str());
        if (!row.fingerprint.empty() && ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s: %s%s", tr(T::ColumnFingerprint), row.fingerprint.c_str(),
                              row.viaCode.empty() ? "" : ("\n" + formatted(tr(T::PinnedVia), row.viaCode.c_str())).c_str());
        }
        ImGui::TableNextColumn();
        const char* label = deliveryStateLabel(row.state, language);
        if (row.state == DeliveryState::Received) ImGui::TextUnformatted(label);
        else if (row.state == DeliveryState::Missing) ImGui::TextDisabled("%s", label);
        else warningText(label);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.peildatum.empty() ? "-" : formatDate(row.peildatum, language).c_str());
        ImGui::TableNextColumn();
        if (row.seq > 0) ImGui::Text("%d", static_cast<int>(row.seq));
        ImGui::TableNextColumn();
        if (row.hasAccepted) ImGui::TextUnformatted(tr(row.forwarded ? T::Yes : T::No));
    }
    ImGui::EndTable();
}

void drawKnownSenders(AppState& state) {
    Statement st = state.db.prepare("SELECT source_code, name, fingerprint, via_code FROM exchange_sender ORDER BY source_code");
    bool any = false;
    while (st.step()) {
        any = true;
        const std::string via = st.getText(3);
        ImGui::TextWrapped("%s %s", st.getText(0).c_str(), st.getText(1).c_str());
        ImGui::TextDisabled("  %s %s", st.getText(2).c_str(),
                            via.empty() ? "" : formatted(tr(T::PinnedVia), via.c_str()).c_str());
    }
    if (!any) ImGui::TextDisabled("%s", tr(T::NoKnownSenders));
    if (ImGui::SmallButton(tr(T::ImportKeyFile))) state.exchange.requests.pickFiles = true;
    anchorLastItem("exchange-import-key");
}

}  // namespace

void exchangeTabItem(AppState& state) {
    if (!baselineTab(tr(T::Tab), "exchange")) return;
    {
        const EditingControls editing(state);  // the public version delivers, receives and decides nothing
        if (ImGui::CollapsingHeader(tr(T::Organisation), ImGuiTreeNodeFlags_DefaultOpen)) drawOrganisation(state);
        if (ImGui::CollapsingHeader(tr(T::Receive), ImGuiTreeNodeFlags_DefaultOpen)) drawReceive(state);
        if (ImGui::CollapsingHeader(tr(T::Held), ImGuiTreeNodeFlags_DefaultOpen)) drawHeld(state);
        if (ImGui::CollapsingHeader(tr(T::Conflicts), ImGuiTreeNodeFlags_DefaultOpen)) drawConflicts(state);
    }
    if (ImGui::CollapsingHeader(tr(T::DeliveryStatus), ImGuiTreeNodeFlags_DefaultOpen)) drawDeliveryStatus(state);
    const EditingControls editing(state);
    if (ImGui::CollapsingHeader(tr(T::KnownSenders))) drawKnownSenders(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
