// C entry points of the exchange between organisations, used by web/exchange.js (which signs and
// checks signatures with WebCrypto) and through it by window.Dashboard. Bytes go in as a pointer
// and length the page allocated and frees; JSON text comes back in a buffer valid until the next
// call; bytes come back through wb_exchange_bytes / wb_exchange_bytes_size.
#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/runtime.h"
#include "core/json_writer.h"
#include "io/exchange_delivery.h"
#include "views/exchange_view.h"
#include "views/progress_view.h"
#include "views/strings.h"
#include "views/strings_exchange.h"

namespace {

std::string g_text;
std::vector<uint8_t> g_bytes;                 // the last file made, or a forwarded file asked for
std::vector<wb::io::ForwardedFile> g_forwarded;  // the forwarded files of the last file received

const char* text(std::string value) {
    g_text = std::move(value);
    return g_text.c_str();
}

const char* error(const std::string& message) {
    std::string out = "{\"error\":";
    wb::appendJsonString(out, message);
    return text(out + "}");
}

// Exchange work writes to the database: never while an import's transaction is open.
wb::AppState* idleApp() {
    wb::AppState* app = wb::runningApp();
    if (!app || app->imports.busy()) return nullptr;
    return app;
}

void changed(wb::AppState& app) {
    app.dataChanged();
    app.refreshComputed();
    wb::saveChangesSoon();
}

std::string organisationJson(const wb::AppState& app) {
    const auto own = wb::io::ownOrganisation(app.db);
    std::string out = "{\"organisation\":";
    if (own) {
        const wb::Area* area = app.areas.find(own->code);
        out += "{\"code\":";
        wb::appendJsonString(out, own->code);
        out += ",\"name\":";
        wb::appendJsonString(out, own->name);
        out += ",\"level\":";
        wb::appendJsonString(out, area ? std::string(wb::toString(area->level)) : "");
        out += "}";
    } else {
        out += "null";
    }
    out += ",\"as_of\":";
    wb::appendJsonString(out, wb::progressReferenceDay(app.db));
    return out + "}";
}

}  // namespace

extern "C" {

// {organisation: {code, name, level} | null, as_of}
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_state() {
    const wb::AppState* app = wb::runningApp();
    if (!app) return error("the dashboard has not started");
    return text(organisationJson(*app));
}

EMSCRIPTEN_KEEPALIVE const char* wb_exchange_set_organisation(const char* code, const char* name) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    try {
        wb::io::setOwnOrganisation(app->db, app->areas, {code, name});
        changed(*app);
        return text(organisationJson(*app));
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

// Makes the own exchange file (unsigned: the page signs it) -> {file_name, trusted_comment, seq,
// manifest counts}; the image through wb_exchange_bytes.
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_make(const char* peildatum) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    try {
        const std::string asOf = *peildatum ? peildatum : wb::progressReferenceDay(app->db);
        const std::string now = app->db.scalarText("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
        wb::io::MadeExchange made = wb::io::makeExchange(app->db, app->areas, asOf, now);
        g_bytes = std::move(made.image);
        changed(*app);
        nlohmann::ordered_json out = {{"file_name", made.fileName},
                              {"trusted_comment", made.trustedComment},
                              {"seq", made.manifest.seq},
                              {"source", made.manifest.senderCode},
                              {"peildatum", made.manifest.peildatum},
                              {"content_sha256", made.manifest.contentSha256},
                              {"counts", made.manifest.counts}};
        return text(out.dump());
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

EMSCRIPTEN_KEEPALIVE const uint8_t* wb_exchange_bytes() { return g_bytes.data(); }
EMSCRIPTEN_KEEPALIVE int wb_exchange_bytes_size() { return static_cast<int>(g_bytes.size()); }

// True when the SQLite part of a file is an exchange file (then it is merged, not opened).
EMSCRIPTEN_KEEPALIVE int wb_exchange_is_file(const uint8_t* bytes, int length) {
    const size_t image = wb::io::sqliteImageLength(bytes, static_cast<size_t>(length));
    return wb::io::isExchangeImage(bytes, image) ? 1 : 0;
}

// A batch of files read together (the tab shows its progress and outcome).
EMSCRIPTEN_KEEPALIVE void wb_exchange_batch_begin(int total) {
    if (wb::AppState* app = wb::runningApp()) {
        app->exchange.batch = {};
        app->exchange.batch.total = total;
    }
}

// Receives one file in its own transaction. `signature`: {state: 'valid'|'missing'|'invalid',
// problem, public_key, fingerprint, trusted_comment}; `vouched`: the keys the region whose file
// carried it vouches for ([{source, name, public_key, fingerprint}]) -> the report (see
// deliveryReportJson); its forwarded files through wb_exchange_forwarded.
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_receive(const char* name, const uint8_t* bytes, int length, int imageLength,
                                                     const char* signature, const char* via, const char* vouched) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    try {
        wb::io::IncomingFile file;
        file.fileName = name;
        file.signedFile.assign(bytes, bytes + length);
        file.image.assign(bytes, bytes + std::min(imageLength, length));
        const nlohmann::ordered_json sig = nlohmann::ordered_json::parse(signature);
        const std::string state = sig.value("state", "missing");
        file.signature.state = state == "valid"     ? wb::io::SignatureState::Valid
                               : state == "invalid" ? wb::io::SignatureState::Invalid
                                                    : wb::io::SignatureState::Missing;
        file.signature.problem = sig.value("problem", "");
        file.signature.publicKey = sig.value("public_key", "");
        file.signature.fingerprint = sig.value("fingerprint", "");
        file.signature.trustedComment = sig.value("trusted_comment", "");
        file.viaCode = via;
        for (const auto& key : nlohmann::ordered_json::parse(*vouched ? vouched : "[]")) {
            file.vouchedKeys.push_back({key.value("source", ""), key.value("name", ""), key.value("public_key", ""),
                                        key.value("fingerprint", "")});
        }
        wb::io::DeliveryReport report;
        {
            wb::Transaction tx(app->db);
            report = wb::io::receiveExchangeFile(app->db, app->areas, file);
            tx.commit();
        }
        g_forwarded = report.forwarded;
        app->exchange.batch.done += 1;
        app->exchange.batch.reports.push_back(report);
        changed(*app);
        return text(wb::deliveryReportJson(report, wb::ui::currentLanguage()));
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

// A forwarded file of the last file received, into wb_exchange_bytes -> its size (0: none).
EMSCRIPTEN_KEEPALIVE int wb_exchange_forwarded(int index) {
    if (index < 0 || index >= static_cast<int>(g_forwarded.size())) return 0;
    g_bytes = g_forwarded[static_cast<size_t>(index)].file;
    return static_cast<int>(g_bytes.size());
}

// The end of a batch: a notice with the totals -> {files, merged, held, refused}.
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_batch_end() {
    wb::AppState* app = wb::runningApp();
    if (!app) return error("the dashboard has not started");
    int merged = 0, held = 0, refused = 0;
    for (const auto& r : app->exchange.batch.reports) {
        if (r.verdict == wb::io::DeliveryVerdict::Held) ++held;
        else if (r.verdict == wb::io::DeliveryVerdict::Refused) ++refused;
        else ++merged;
    }
    const int files = static_cast<int>(app->exchange.batch.reports.size());
    app->exchange.batch.total = files;
    app->exchange.batch.done = files;
    char line[256];
    std::snprintf(line, sizeof line, wb::ui::tr(wb::ui::ExchangeText::NoticeReceived), files, merged, held, refused);
    app->notify(line, refused > 0);
    nlohmann::ordered_json out = {{"files", files}, {"merged", merged}, {"held", held}, {"refused", refused}};
    return text(out.dump());
}

EMSCRIPTEN_KEEPALIVE const char* wb_exchange_delivery_status(const char* scope, const char* asOf) {
    const wb::AppState* app = wb::runningApp();
    if (!app) return error("the dashboard has not started");
    try {
        const std::string day = *asOf ? asOf : wb::progressReferenceDay(app->db);
        const std::string code = *scope ? scope : wb::defaultDeliveryScope(app->db, app->areas);
        return text(wb::deliveryOverviewJson(wb::deliveryOverview(app->db, app->areas, code, day),
                                             wb::ui::currentLanguage()));
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

EMSCRIPTEN_KEEPALIVE const char* wb_exchange_conflicts() {
    const wb::AppState* app = wb::runningApp();
    if (!app) return error("the dashboard has not started");
    return text(wb::conflictsJson(wb::openConflicts(app->db)));
}

// choice: 'received' or 'local'; id 0 with a source: every open conflict with that sender
// ('' for all) -> {resolved: n}
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_resolve(double id, const char* source, const char* choice) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    const std::string pick = choice;
    if (pick != "received" && pick != "local") return error("choice must be 'received' or 'local'");
    const auto c = pick == "received" ? wb::ConflictChoice::Received : wb::ConflictChoice::Local;
    try {
        int resolved = 1;
        {
            wb::Transaction tx(app->db);
            if (id > 0) wb::resolveConflict(app->db, static_cast<int64_t>(id), c);
            else resolved = wb::resolveAllConflicts(app->db, source, c);
            tx.commit();
        }
        changed(*app);
        return text("{\"resolved\":" + std::to_string(resolved) + "}");
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

// A held file: accept = trust its key and merge it -> the report; else drop it -> {}.
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_decide(double id, int accept) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    try {
        std::string out = "{}";
        {
            wb::Transaction tx(app->db);
            if (accept) {
                const wb::io::DeliveryReport report =
                    wb::io::acceptHeldDelivery(app->db, app->areas, static_cast<int64_t>(id));
                g_forwarded = report.forwarded;
                out = wb::deliveryReportJson(report, wb::ui::currentLanguage());
            } else {
                wb::io::dropHeldDelivery(app->db, static_cast<int64_t>(id));
            }
            tx.commit();
        }
        changed(*app);
        return text(out);
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

// Trusts a key for an area (a key file read, a fingerprint confirmed, or a test) -> {}.
EMSCRIPTEN_KEEPALIVE const char* wb_exchange_pin(const char* source, const char* name, const char* publicKey,
                                                 const char* fingerprint) {
    wb::AppState* app = idleApp();
    if (!app) return error("the dashboard is busy");
    if (!app->areas.find(source)) return error(std::string("there is no area ") + source);
    try {
        wb::io::pinSenderKey(app->db, source, name, publicKey, fingerprint);
        char line[160];
        std::snprintf(line, sizeof line, wb::ui::tr(wb::ui::ExchangeText::NoticeKeyPinned), source);
        app->notify(line, false);
        changed(*app);
        return text("{}");
    } catch (const std::exception& e) {
        return error(e.what());
    }
}

// What the browser knows of the own signing key: {present, area, fingerprint}.
EMSCRIPTEN_KEEPALIVE void wb_exchange_key_state(int present, const char* area, const char* fingerprint) {
    if (wb::AppState* app = wb::runningApp()) {
        app->exchange.key = {true, present != 0, area, fingerprint};
    }
}

// A line for the status bar after the page did exchange work (made a file, a key).
EMSCRIPTEN_KEEPALIVE void wb_exchange_notice(const char* message, int isError) {
    if (wb::AppState* app = wb::runningApp()) app->notify(message, isError != 0);
}

}  // extern "C"
