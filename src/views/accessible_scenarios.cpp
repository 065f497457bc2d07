// The scenario tabs in the accessible view: the chosen scenario's effects, the 72-hour view at the
// chosen hour for the selection (points still working, groups hit, residents not covered per
// municipality, suppressed as on screen), the scenario x area matrix, and the organisations the
// Netwerken search finds. The same figures as the tabs, from the same models.
#include "views/accessible_scenarios.h"

#include <cstdio>

#include "core/number_format.h"
#include "core/organisations.h"
#include "core/scenarios.h"
#include "views/outage_model.h"
#include "views/strings_scenarios.h"
#include "views/threat_sheet.h"

namespace wb {
namespace {

using T = ui::ScenarioText;

std::string format1(T id, Language language, const std::string& a) {
    char text[512];
    std::snprintf(text, sizeof text, ui::translation(id, language), a.c_str());
    return text;
}

std::string format2(T id, Language language, const std::string& a, const std::string& b) {
    char text[512];
    std::snprintf(text, sizeof text, ui::translation(id, language), a.c_str(), b.c_str());
    return text;
}

void headerRow(io::HtmlWriter& html, const std::vector<std::string>& columns) {
    html.open("thead").open("tr");
    for (const std::string& c : columns) html.element("th", c, {{"scope", "col"}});
    html.close().close();
}

void effectsTable(io::HtmlWriter& html, const Database& db, const Scenario& scenario, Language language) {
    const auto effects = scenarioEffects(db, scenario.id);
    if (effects.empty()) return;
    const EffectPeriod periods[] = {EffectPeriod::First24Hours, EffectPeriod::Hours24To72, EffectPeriod::After72Hours};
    html.open("table");
    html.element("caption", format1(T::A11yEffectsCaption, language, ui::scenarioName(scenario, language)));
    std::vector<std::string> columns{ui::translation(T::Sector, language)};
    for (EffectPeriod p : periods) columns.push_back(ui::periodLabel(p, language));
    headerRow(html, columns);
    html.open("tbody");
    for (const std::string& sector : sectorsWithEffects(effects, ui::kEffectSectors)) {
        html.open("tr");
        html.element("th", ui::sectorLabel(sector, language), {{"scope", "row"}});
        for (EffectPeriod p : periods) html.element("td", ui::effectText(findEffect(effects, sector, p), language));
        html.close();
    }
    html.close().close();
}

void outageTables(io::HtmlWriter& html, const OutageView& view, Language language) {
    const std::string hours = view.hour > 72 ? ui::translation(T::HoursAfter72, language) : formatNumber(view.hour, 0, language);
    html.element("h3", std::string(ui::translation(T::HourView, language)) + ": " + hours);
    html.element("p", ui::translation(view.powerOut ? T::PowerOut : T::PowerUp, language));
    char line[160];
    std::snprintf(line, sizeof line, ui::translation(T::PointsWorking, language), view.workingPoints(),
                  static_cast<int>(view.points.size()));
    html.element("p", line);
    std::string hit;
    for (size_t g = 0; g < view.groups.size(); ++g) {
        if (!view.groupHit[g]) continue;
        hit += (hit.empty() ? "" : ", ") + (language == Language::Dutch ? view.groups[g].nameNl : view.groups[g].nameEn) +
               " (" + formatPeopleCount(view.total.groupCounts[g], language) + ")";
    }
    html.element("p", hit.empty() ? std::string(ui::translation(T::GroupsNotHit, language))
                                  : std::string(ui::translation(T::GroupsHit, language)) + " " + hit);

    html.open("table");
    html.element("caption", format2(T::A11yHourCaption, language, ui::scenarioName(view.scenario, language), hours));
    std::vector<std::string> columns{ui::translation(T::ColumnArea, language), ui::translation(T::ColumnPoints, language),
                                     ui::translation(T::ColumnResidents, language),
                                     ui::translation(T::ColumnUncovered, language)};
    for (size_t g = 0; g < view.groups.size(); ++g) {
        const std::string& name = language == Language::Dutch ? view.groups[g].nameNl : view.groups[g].nameEn;
        columns.push_back(format1(T::ColumnGroupUncovered, language, name) + " (" +
                          ui::translation(view.groupHit[g] ? T::GroupHit : T::GroupNotHit, language) + ")");
    }
    headerRow(html, columns);
    html.open("tbody");
    auto row = [&](const OutageArea& area, const std::string& label) {
        html.open("tr");
        html.element("th", label, {{"scope", "row"}});
        html.element("td", std::to_string(area.workingPoints) + "/" + std::to_string(area.points));
        html.element("td", formatPeopleCount(area.residents, language));
        html.element("td", formatPeopleCount(area.uncovered, language));
        for (size_t g = 0; g < area.groupUncovered.size(); ++g) {
            html.element("td", formatPeopleCount(area.groupUncovered[g], language) + " / " +
                                   formatPeopleCount(area.groupCounts[g], language));
        }
        html.close();
    };
    row(view.total, ui::translation(T::Total, language));
    for (const OutageArea& area : view.areas) row(area, area.name);
    html.close().close();
}

void matrixTable(io::HtmlWriter& html, const AppState& state, Language language) {
    const Area* area = state.areas.find(state.selectedCode);
    AreaLevel level = AreaLevel::SafetyRegion;
    std::string within;
    if (area && area->level == AreaLevel::Province) {
        within = area->code;
    } else if (const Area* region = area ? safetyRegionOf(state.areas, area->code) : nullptr) {
        level = AreaLevel::Municipality;
        within = region->code;
    }
    const ScenarioAreaMatrix m = scenarioAreaMatrix(state.db, level, kDefaultDivisionYear, within);
    html.open("table");
    html.element("caption", ui::translation(T::A11yMatrixCaption, language));
    std::vector<std::string> columns{ui::translation(T::ColumnArea, language)};
    for (const Scenario& s : m.scenarios) columns.push_back(ui::scenarioName(s, language));
    headerRow(html, columns);
    html.open("tbody");
    for (size_t a = 0; a < m.areas.size(); ++a) {
        html.open("tr");
        html.element("th", m.areas[a].name, {{"scope", "row"}});
        for (size_t s = 0; s < m.scenarios.size(); ++s) {
            const ScenarioAreaCell& cell = m.cells[a][s];
            html.element("td", cell.missingPerspective() ? std::string(ui::translation(T::MatrixMissing, language))
                                                         : std::to_string(cell.actions));
        }
        html.close();
    }
    html.close().close();
}

void organisationsTable(io::HtmlWriter& html, const AppState& state, Language language) {
    OrganisationSearch search = state.scenarios.organisationSearch;
    search.areaCode = state.selectedCode;
    const auto list = searchOrganisations(state.db, search);
    const Area* area = state.areas.find(state.selectedCode);
    const std::string scope = area ? area->name : ui::translation(T::Netherlands, language);
    char line[96];
    std::snprintf(line, sizeof line, ui::translation(T::Results, language), static_cast<int>(list.size()));
    html.element("p", line);
    if (list.empty()) return;
    html.open("table");
    html.element("caption", format1(T::A11yNetworksCaption, language, scope));
    headerRow(html, {ui::translation(T::ColumnName, language), ui::translation(T::ColumnType, language),
                     ui::translation(T::ColumnOffers, language), ui::translation(T::ColumnCapacity, language),
                     ui::translation(T::ColumnOffline, language), ui::translation(T::ColumnReach, language)});
    html.open("tbody");
    for (const Organisation& o : list) {
        html.open("tr");
        html.element("th", o.name, {{"scope", "row"}});
        html.element("td", ui::organisationTypeLabel(o.type, language));
        std::string offers;
        for (const auto& offer : o.offers) offers += (offers.empty() ? "" : ", ") + ui::offerLabel(offer, language);
        html.element("td", offers);
        html.element("td", o.capacity ? std::to_string(*o.capacity) : "-");
        html.element("td", o.offlineContact);
        std::string reach;
        for (const auto& r : o.reach) {
            const Area* at = state.areas.find(r.areaCode);
            reach += (reach.empty() ? "" : "; ") + (at ? at->name : r.areaCode);
            if (!r.community.empty()) reach += " (" + r.community + ")";
        }
        html.element("td", reach);
        html.close();
    }
    html.close().close();
}

}  // namespace

std::vector<AccessibleSection> scenarioSections(const AppState& state, Language language) {
    std::vector<AccessibleSection> out;
    out.push_back({"a11y-scenarios", ui::translation(T::A11yScenariosHeading, language), [&state, language](io::HtmlWriter& html) {
                       const OutageView& view = outageViewOf(state, state.scenarios.scenarioCode,
                                                             state.scenarios.hour, state.selectedCode);
                       if (view.scenario.id == 0) return;
                       html.element("h3", ui::scenarioName(view.scenario, language));
                       html.element("p", std::string(ui::translation(T::Theme, language)) + ": " +
                                             ui::themeLabel(view.scenario.theme, language));
                       effectsTable(html, state.db, view.scenario, language);
                       outageTables(html, view, language);
                       html.element("h3", ui::translation(T::Matrix, language));
                       matrixTable(html, state, language);
                   }});
    out.push_back({"a11y-networks", ui::translation(T::A11yNetworksHeading, language),
                   [&state, language](io::HtmlWriter& html) { organisationsTable(html, state, language); }});
    return out;
}

}  // namespace wb
