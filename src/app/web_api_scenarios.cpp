// C entry points behind Dashboard.outageView, Dashboard.outageCsv and Dashboard.threatSheet
// (web/dashboard.js): the 72-hour view, its CSV and the threat information sheet as the
// "Scenario's" tab makes them (the same OutageModel instance, app/threat_sheet.h), so a test sees
// what the user sees. Counts of people come as numbers, or the string "<5" where suppressed.
#include <emscripten.h>

#include <string>

#include "app/outage_model.h"
#include "app/runtime.h"
#include "app/threat_sheet.h"
#include "core/date_format.h"
#include "core/json_writer.h"
#include "core/organisations.h"
#include "ui/strings_scenarios.h"

namespace {

std::string g_scenarioResult;

const char* keep(std::string text) {
    g_scenarioResult = std::move(text);
    return g_scenarioResult.c_str();
}

std::string errorJson(const std::string& message) {
    std::string out = "{\"error\":";
    wb::appendJsonString(out, message);
    return out + "}";
}

void key(std::string& out, const char* name) {
    out += '"';
    out += name;
    out += "\":";
}

void people(std::string& out, const wb::PeopleCount& count) {
    if (count.suppressed) wb::appendJsonString(out, "<5"); else wb::appendJsonNumber(out, count.value);
}

void areaJson(std::string& out, const wb::OutageArea& area) {
    out += '{';
    key(out, "code");
    wb::appendJsonString(out, area.code);
    out += ',';
    key(out, "name");
    wb::appendJsonString(out, area.name);
    out += ',';
    key(out, "points");
    out += std::to_string(area.points) + ",";
    key(out, "working_points");
    out += std::to_string(area.workingPoints) + ",";
    key(out, "residents");
    people(out, area.residents);
    out += ',';
    key(out, "uncovered");
    people(out, area.uncovered);
    out += ',';
    key(out, "groups");
    out += '[';
    for (size_t g = 0; g < area.groupCounts.size(); ++g) {
        if (g) out += ',';
        out += '{';
        key(out, "count");
        people(out, area.groupCounts[g]);
        out += ',';
        key(out, "uncovered");
        people(out, area.groupUncovered[g]);
        out += '}';
    }
    out += "]}";
}

std::string viewJson(const wb::OutageView& view) {
    std::string out = "{";
    key(out, "scenario");
    wb::appendJsonString(out, view.scenario.code);
    out += ',';
    key(out, "hours");
    wb::appendJsonNumber(out, view.hour);
    out += ',';
    key(out, "scope");
    wb::appendJsonString(out, view.scopeCode);
    out += ',';
    key(out, "power_out");
    out += view.powerOut ? "true," : "false,";
    key(out, "groups");
    out += '[';
    for (size_t g = 0; g < view.groups.size(); ++g) {
        if (g) out += ',';
        out += '{';
        key(out, "id");
        wb::appendJsonString(out, view.groups[g].id);
        out += ',';
        key(out, "hit");
        out += view.groupHit[g] ? "true}" : "false}";
    }
    out += "],";
    key(out, "points");
    out += '[';
    for (size_t i = 0; i < view.points.size(); ++i) {
        const wb::OutagePoint& p = view.points[i];
        if (i) out += ',';
        out += '{';
        key(out, "id");
        out += std::to_string(p.id) + ",";
        key(out, "name");
        wb::appendJsonString(out, p.name);
        out += ',';
        key(out, "area_code");
        wb::appendJsonString(out, p.areaCode);
        out += ',';
        key(out, "works");
        out += p.works ? "true" : "false";
        out += '}';
    }
    out += "],";
    key(out, "rows");
    out += '[';
    for (size_t i = 0; i < view.areas.size(); ++i) {
        if (i) out += ',';
        areaJson(out, view.areas[i]);
    }
    out += "],";
    key(out, "total");
    areaJson(out, view.total);
    return out + "}";
}

// The view the tab shows, or one asked for: an empty scenario, a negative hour or a scope of
// "\x01" stand for the tab's own choice (its scenario, hour, and the selection).
const wb::OutageView* viewFor(const char* scenario, double hours, const char* scope) {
    wb::AppState* app = wb::runningApp();
    if (!app) return nullptr;
    const std::string scenarioCode = *scenario ? scenario : app->scenarios.scenarioCode;
    const double hour = hours >= 0 ? hours : app->scenarios.hour;
    const std::string scopeCode = std::string(scope) == "\x01" ? app->selectedCode : scope;
    return &app->scenarios.outage.view(app->db, app->changeCount, app->areas, scenarioCode, hour, scopeCode);
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* wb_outage_view(const char* scenario, double hours, const char* scope) {
    try {
        const wb::OutageView* view = viewFor(scenario, hours, scope);
        if (!view) return keep(errorJson("the dashboard has not started"));
        if (view->scenario.id == 0) return keep(errorJson("there are no scenarios"));
        if (*scenario && view->scenario.code != scenario) return keep(errorJson(std::string("unknown scenario: ") + scenario));
        return keep(viewJson(*view));
    } catch (const std::exception& e) {
        return keep(errorJson(e.what()));
    }
}

EMSCRIPTEN_KEEPALIVE const char* wb_outage_csv(const char* scenario, double hours, const char* scope) {
    try {
        const wb::OutageView* view = viewFor(scenario, hours, scope);
        if (!view) return keep(errorJson("the dashboard has not started"));
        std::string out = "{\"csv\":";
        wb::appendJsonString(out, wb::outageCsv(*view, wb::ui::currentLanguage()));
        return keep(out + "}");
    } catch (const std::exception& e) {
        return keep(errorJson(e.what()));
    }
}

EMSCRIPTEN_KEEPALIVE const char* wb_threat_sheet(const char* regionCode) {
    wb::AppState* app = wb::runningApp();
    if (!app) return keep(errorJson("the dashboard has not started"));
    try {
        const std::string code = *regionCode ? regionCode : app->selectedCode;
        std::string out = "{\"html\":";
        wb::appendJsonString(out, wb::threatSheetHtml(app->db, app->areas, code, wb::ui::currentLanguage(), wb::todayIsoDate()));
        return keep(out + "}");
    } catch (const std::exception& e) {
        return keep(errorJson(e.what()));
    }
}

// What the tabs have chosen: {scenario, hours, search, found} (found: organisations the Netwerken
// search finds in the selection).
EMSCRIPTEN_KEEPALIVE const char* wb_debug_scenario_tab() {
    wb::AppState* app = wb::runningApp();
    if (!app) return keep(errorJson("the dashboard has not started"));
    try {
        std::string out = "{\"scenario\":";
        wb::appendJsonString(out, app->scenarios.scenarioCode);
        out += ",\"hours\":";
        wb::appendJsonNumber(out, app->scenarios.hour);
        out += ",\"search\":";
        wb::appendJsonString(out, app->scenarios.organisationSearch.text);
        out += ",\"found\":" + std::to_string(wb::searchOrganisations(app->db, app->scenarios.organisationSearch).size());
        return keep(out + "}");
    } catch (const std::exception& e) {
        return keep(errorJson(e.what()));
    }
}

}  // extern "C"
