// C entry points behind Dashboard.outageView, Dashboard.outageCsv and Dashboard.threatSheet
// (web/dashboard.js): the 72-hour view, its CSV and the threat information sheet as the
// "Scenario's" tab makes them (the same OutageModel instance, views/threat_sheet.h), so a test sees
// what the user sees. Counts of people come as numbers, or the string "<5" where suppressed.
#include <emscripten.h>

#include <string>
#include <vector>

#include "app/runtime.h"
#include "core/date_format.h"
#include "core/json_writer.h"
#include "core/organisations.h"
#include "views/outage_model.h"
#include "views/strings_scenarios.h"
#include "views/threat_sheet.h"

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

// A JSON object written member by member: {"a":1,"b":"x"}.
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
    ~JsonObject() { out_ += '}'; }
    std::string& member(const char* name) {
        if (!first_) out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += name;
        out_ += "\":";
        return out_;
    }
    void text(const char* name, const std::string& value) { wb::appendJsonString(member(name), value); }
    void number(const char* name, double value) { wb::appendJsonNumber(member(name), value); }
    void flag(const char* name, bool value) { member(name) += value ? "true" : "false"; }
    // A count of people: the number, or "<5" where it is suppressed.
    void people(const char* name, const wb::PeopleCount& count) {
        if (count.suppressed) text(name, "<5"); else number(name, count.value);
    }

private:
    std::string& out_;
    bool first_ = true;
};

// Writes `items` as a JSON array, each through `write(out, item)`.
template <typename Items, typename Write>
void jsonArray(std::string& out, const Items& items, Write write) {
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        write(out, items[i]);
    }
    out += ']';
}

void areaJson(std::string& out, const wb::OutageArea& area) {
    JsonObject o(out);
    o.text("code", area.code);
    o.text("name", area.name);
    o.number("points", area.points);
    o.number("working_points", area.workingPoints);
    o.people("residents", area.residents);
    o.people("uncovered", area.uncovered);
    std::vector<size_t> groups(area.groupCounts.size());
    for (size_t g = 0; g < groups.size(); ++g) groups[g] = g;
    jsonArray(o.member("groups"), groups, [&](std::string& into, size_t g) {
        JsonObject group(into);
        group.people("count", area.groupCounts[g]);
        group.people("uncovered", area.groupUncovered[g]);
    });
}

std::string viewJson(const wb::OutageView& view) {
    std::string out;
    {
        JsonObject o(out);
        o.text("scenario", view.scenario.code);
        o.number("hours", view.hour);
        o.text("scope", view.scopeCode);
        o.flag("power_out", view.powerOut);
        std::vector<size_t> groups(view.groups.size());
        for (size_t g = 0; g < groups.size(); ++g) groups[g] = g;
        jsonArray(o.member("groups"), groups, [&](std::string& into, size_t g) {
            JsonObject group(into);
            group.text("id", view.groups[g].id);
            group.flag("hit", view.groupHit[g]);
        });
        jsonArray(o.member("points"), view.points, [](std::string& into, const wb::OutagePoint& p) {
            JsonObject point(into);
            point.number("id", static_cast<double>(p.id));
            point.text("name", p.name);
            point.text("area_code", p.areaCode);
            point.flag("works", p.works);
        });
        jsonArray(o.member("rows"), view.areas, areaJson);
        areaJson(o.member("total"), view.total);
    }
    return out;
}

// The view the tab shows, or one asked for: an empty scenario, a negative hour or a scope of
// "\x01" stand for the tab's own choice (its scenario, hour, and the selection).
const wb::OutageView* viewFor(const char* scenario, double hours, const char* scope) {
    wb::AppState* app = wb::runningApp();
    if (!app) return nullptr;
    const std::string scenarioCode = *scenario ? scenario : app->scenarios.scenarioCode;
    const double hour = hours >= 0 ? hours : app->scenarios.hour;
    const std::string scopeCode = std::string(scope) == "\x01" ? app->selectedCode : scope;
    return &wb::outageViewOf(*app, scenarioCode, hour, scopeCode);
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
