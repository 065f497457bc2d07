// C entry points behind Dashboard.report, Dashboard.saveReportSnapshot and
// Dashboard.exportPracticePack (web/dashboard.js), and the downloads the report and practice tabs
// ask for. The UI buttons and the API run the same code: views/report_html.h and io/practice_pack.h.
#include "app/web_api_report.h"

#include <emscripten.h>

#include <string>
#include <vector>

#include "app/js_bridge.h"
#include "app/runtime.h"
#include "core/date_format.h"
#include "core/json_writer.h"
#include "core/text_split.h"
#include "io/practice_pack.h"
#include "views/report_html.h"
#include "views/strings.h"
#include "views/strings_report.h"

namespace wb {
namespace {

std::string g_reportResult;

const char* keep(std::string text) {
    g_reportResult = std::move(text);
    return g_reportResult.c_str();
}

std::string errorJson(const std::string& message) {
    std::string out = "{\"error\":";
    appendJsonString(out, message);
    return out + "}";
}

std::vector<int64_t> parseIds(const char* text) {
    std::vector<int64_t> ids;
    for (const std::string& item : splitTrimmed(text, ',')) ids.push_back(std::stoll(item));
    return ids;
}

}  // namespace

void startReportDownload(const std::string& scopeCode, const std::string& asOf) {
    EM_ASM({ Module.weerbaar.downloadReport(UTF8ToString($0), UTF8ToString($1)); }, scopeCode.c_str(), asOf.c_str());
}

void downloadPracticePack(const AppState& state, const std::vector<int64_t>& practiceIds) {
    const std::string today = todayIsoDate();
    js::downloadText((ui::currentLanguage() == Language::Dutch ? "praktijkpakket-" : "practice-pack-") + today + ".json",
                     io::exportPracticePack(state.db, practiceIds, today), "application/json");
}

}  // namespace wb

extern "C" {

// Dashboard.report: the figures of `scope` ("" or "NL": the country) on `date`, with the map's PNG
// (copied into the heap by the caller, who frees it) -> {html, csv, name} or {error}.
EMSCRIPTEN_KEEPALIVE const char* wb_report(const char* scope, const char* date, const char* png, int pngLength) {
    wb::AppState* app = wb::runningApp();
    if (!app) return wb::keep(wb::errorJson("the dashboard has not started"));
    try {
        const wb::ReportDocument report = wb::makeReport(app->db, app->areas, scope, date,
                                                         std::string(png, static_cast<size_t>(pngLength)), wb::ui::currentLanguage());
        std::string out = "{\"html\":";
        wb::appendJsonString(out, report.html);
        out += ",\"csv\":";
        wb::appendJsonString(out, report.csv);
        out += ",\"name\":";
        wb::appendJsonString(out, report.baseName);
        return wb::keep(out + "}");
    } catch (const std::exception& e) {
        return wb::keep(wb::errorJson(e.what()));
    }
}

// Dashboard.saveReportSnapshot and the "Momentopname opslaan" button -> {id} or {error}.
EMSCRIPTEN_KEEPALIVE const char* wb_save_report_snapshot(const char* scope, const char* date) {
    wb::AppState* app = wb::runningApp();
    if (!app) return wb::keep(wb::errorJson("the dashboard has not started"));
    if (app->imports.busy()) return wb::keep(wb::errorJson("an import is running; try again when it has finished"));
    try {
        const int64_t id = wb::saveReportSnapshotOf(*app, scope, date);
        return wb::keep("{\"id\":" + std::to_string(id) + "}");
    } catch (const std::exception& e) {
        return wb::keep(wb::errorJson(e.what()));
    }
}

// Dashboard.exportPracticePack: practice ids as "1,2,3" -> {json} or {error}.
EMSCRIPTEN_KEEPALIVE const char* wb_export_practice_pack(const char* ids) {
    wb::AppState* app = wb::runningApp();
    if (!app) return wb::keep(wb::errorJson("the dashboard has not started"));
    try {
        std::string out = "{\"json\":";
        wb::appendJsonString(out, wb::io::exportPracticePack(app->db, wb::parseIds(ids), wb::todayIsoDate()));
        return wb::keep(out + "}");
    } catch (const std::exception& e) {
        return wb::keep(wb::errorJson(e.what()));
    }
}

// The report tab's download finished (web/dashboard.js downloadReport): say so on the status line.
EMSCRIPTEN_KEEPALIVE void wb_report_finished(int ok, const char* detail) {
    if (wb::AppState* app = wb::runningApp()) {
        app->notify(std::string(wb::ui::tr(ok ? wb::ui::ReportText::ReportMade : wb::ui::ReportText::ReportFailed)) + ": " + detail, !ok);
    }
}

}  // extern "C"
