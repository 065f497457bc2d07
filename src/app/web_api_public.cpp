// The public version ("Publiceren", core/public_copy.h) behind Dashboard.publicExport and
// Bestand > Publiceren: a copy of the working database without personal details. The page puts
// it into a copy of itself (web/dashboard.js).
#include <emscripten.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "app/runtime.h"
#include "core/json_writer.h"
#include "core/public_copy.h"
#include "views/strings_public.h"

namespace {

std::string g_result;
std::vector<uint8_t> g_publicCopy;  // the last public copy made

}  // namespace

extern "C" {

// Makes the public copy of the working database, stamped `madeAt` (ISO time): {"size": bytes} or
// {"error"}. The working database is only read (serialized), never changed.
EMSCRIPTEN_KEEPALIVE const char* wb_public_export(const char* madeAt) {
    wb::AppState* app = wb::runningApp();
    g_publicCopy.clear();
    g_result = "{\"error\":";
    try {
        if (!app) throw std::runtime_error("the dashboard has not started");
        const std::vector<uint8_t> working = app->db.serialize();
        wb::Database copy = wb::Database::fromBytes(working.data(), working.size());
        wb::makePublicCopy(copy, madeAt);
        g_publicCopy = copy.serialize();
        g_result = "{\"size\":" + std::to_string(g_publicCopy.size()) + "}";
    } catch (const std::exception& e) {
        wb::appendJsonString(g_result, e.what());
        g_result += "}";
        if (app) app->notify(std::string(wb::ui::tr(wb::ui::PublicText::PublishFailed)) + " (" + e.what() + ")", true);
    }
    return g_result.c_str();
}

// The bytes of the copy wb_public_export made; valid until the next call of it.
EMSCRIPTEN_KEEPALIVE const uint8_t* wb_public_export_bytes() { return g_publicCopy.data(); }

// The page could not put the copy into a page of its own (Bestand > Publiceren).
EMSCRIPTEN_KEEPALIVE void wb_public_export_failed(const char* message) {
    if (wb::AppState* app = wb::runningApp()) {
        app->notify(std::string(wb::ui::tr(wb::ui::PublicText::PublishFailed)) + " (" + message + ")", true);
    }
}

// 1 while the dashboard shows a public version (read-only): offline copies of it stay public pages.
EMSCRIPTEN_KEEPALIVE int wb_read_only() {
    const wb::AppState* app = wb::runningApp();
    return app && app->readOnly ? 1 : 0;
}

}  // extern "C"
