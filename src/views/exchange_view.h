// What the "Uitwisseling" tab keeps between frames, and the exchange's figures and messages in
// the form the tab, the page's API (web_api_exchange.cpp) and the map share: one wording of a
// received file's outcome, one delivery overview, one "based on 7 of 9 municipalities" line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/delivery_status.h"
#include "core/exchange_merge.h"
#include "core/language.h"
#include "io/exchange_delivery.h"
#include "views/map_model.h"

namespace wb {

struct AppState;

inline constexpr const char* kDeliveryIndicatorId = "computed:delivery";

struct ExchangeView {
    // The browser's signing key for the own organisation, as web/exchange.js reports it.
    struct OwnKey {
        bool checked = false;  // the browser has answered
        bool present = false;
        std::string areaCode;
        std::string fingerprint;
    } key;
    // The files of the last batch read (several dropped at once arrive as one batch).
    struct Batch {
        int total = 0;
        int done = 0;
        std::vector<io::DeliveryReport> reports;
        bool running() const { return done < total; }
    } batch;

    // Form fields of the tab.
    std::string codeInput;
    std::string nameInput;
    std::string peildatumInput;
    std::string passphrase;
    std::string passphraseRepeat;
    std::string statusScope;  // the region or NL01 the delivery status is shown for

    // Browser work the tab asks for; main.cpp hands it to web/exchange.js after the frame.
    struct Requests {
        std::string deliverAsOf;  // non-empty: make, sign and download the exchange file
        bool makeKey = false;     // with `passphrase` (the backup's)
        bool restoreKey = false;  // pick a backup file, unlock it with `passphrase`
        bool savePublicKey = false;
        bool pickFiles = false;   // exchange files and key files
        int64_t acceptHeld = 0;   // a held file: trust its key and merge it (and what it carries)
    } requests;
};

// Counts per kind and the wording of one received file -> JSON for the page.
std::string deliveryReportJson(const io::DeliveryReport& report, Language language);
// One line of text for a file's outcome: "Ingelezen", "Geweigerd: niet ondertekend", ...
std::string deliveryOutcomeText(const io::DeliveryReport& report, Language language);

std::string deliveryOverviewJson(const DeliveryOverview& overview, Language language);
// "7 van 9 gemeenten aangeleverd, peildatum 31-03-2026" (empty when nothing was delivered). What
// a roll-up rests on, delivered or entered here, is views/basis_lines.h's line.
std::string deliveredLine(const DeliveryOverview& overview, Language language);

std::string conflictsJson(const std::vector<ExchangeConflict>& conflicts);

// The scope a delivery overview is shown for by default: the own region, the region of the own
// municipality, or the country.
std::string defaultDeliveryScope(const Database& db, const AreaDirectory& areas);

// The map indicator computed:delivery: 2 received, 1 stale, 0 missing or not accepted, per
// municipality and safety region (other levels: no value).
ComputedIndicator deliveryIndicator(AppState& state);

}  // namespace wb
