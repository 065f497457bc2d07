// The "Netwerken" tab of the Bevolkingszorg workspace: the registry of organisations that can help
// in a crisis. Search by words, filter by type, offer and the selected area (an organisation that
// reaches an area inside the selection, or the region around it, counts); add and edit one with
// what it offers, its capacity, how to reach it without phone or internet, the areas and
// communities it reaches, and its links to resilience points and scenarios. The map shows how
// many found organisations reach each area (computed:organisations).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/organisations.h"
#include "core/resilience_points.h"
#include "core/scenarios.h"
#include "core/text_split.h"
#include "io/import_message_dutch.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/scenario_view.h"
#include "views/strings_scenarios.h"

namespace wb::ui {
namespace {

using T = ScenarioText;

struct SearchCache {
    long change = -1;
    const void* db = nullptr;
    std::string key;
    std::vector<Organisation> found;
};
SearchCache g_search;

// The edit form: open for a new (id 0) or an existing organisation.
struct OrganisationForm {
    bool open = false;
    int64_t id = 0;
    char name[200] = "";
    int type = 0;
    std::set<std::string> offers;
    int capacity = 0;
    bool hasCapacity = false;
    char offline[300] = "";
    char reach[2000] = "";
    std::set<int64_t> points;
    std::set<int64_t> scenarios;
    bool hasPosition = false;
    double lon = 5.3, lat = 52.1;
    std::string error;
};
OrganisationForm g_form;
char g_text[200] = "";

std::string searchKey(const OrganisationSearch& s) {
    return s.text + "\x1f" + s.type + "\x1f" + s.offer + "\x1f" + s.areaCode;
}

const std::vector<Organisation>& found(AppState& state) {
    const OrganisationSearch& search = state.scenarios.organisationSearch;
    const std::string key = searchKey(search);
    if (g_search.change != state.changeCount || g_search.db != &state.db || g_search.key != key) {
        g_search.found = searchOrganisations(state.db, search);
        g_search.change = state.changeCount;
        g_search.db = &state.db;
        g_search.key = key;
    }
    return g_search.found;
}

std::string offersText(const std::vector<std::string>& offers, Language language) {
    std::string out;
    for (const auto& o : offers) out += (out.empty() ? "" : ", ") + offerLabel(o, language);
    return out;
}

std::string reachText(const AppState& state, const Organisation& o) {
    std::string out;
    for (const auto& r : o.reach) {
        const Area* area = state.areas.find(r.areaCode);
        out += (out.empty() ? "" : "; ") + (area ? area->name : r.areaCode);
        if (!r.community.empty()) out += " (" + r.community + ")";
    }
    return out;
}

int typeIndex(const std::string& type) {
    for (size_t i = 0; i < std::size(kOrganisationTypes); ++i) {
        if (type == kOrganisationTypes[i]) return static_cast<int>(i);
    }
    return 0;
}

void openForm(const AppState& state, const Organisation* o) {
    g_form = OrganisationForm{};
    g_form.open = true;
    if (!o) {
        // A new organisation reaches the selection by default.
        if (!state.selectedCode.empty()) std::snprintf(g_form.reach, sizeof g_form.reach, "%s,\n", state.selectedCode.c_str());
        return;
    }
    g_form.id = o->id;
    std::snprintf(g_form.name, sizeof g_form.name, "%s", o->name.c_str());
    g_form.type = typeIndex(o->type);
    g_form.offers.insert(o->offers.begin(), o->offers.end());
    g_form.hasCapacity = o->capacity.has_value();
    g_form.capacity = static_cast<int>(o->capacity.value_or(0));
    std::snprintf(g_form.offline, sizeof g_form.offline, "%s", o->offlineContact.c_str());
    std::string reach;
    for (const auto& r : o->reach) reach += r.areaCode + "," + r.community + "\n";
    std::snprintf(g_form.reach, sizeof g_form.reach, "%s", reach.c_str());
    g_form.points.insert(o->pointIds.begin(), o->pointIds.end());
    g_form.scenarios.insert(o->scenarioIds.begin(), o->scenarioIds.end());
    g_form.hasPosition = o->lon.has_value();
    g_form.lon = o->lon.value_or(5.3);
    g_form.lat = o->lat.value_or(52.1);
}

// "GM0014, bewoners van de wijk" per line -> reach; unknown codes are an error.
std::vector<OrganisationReach> parseReach(const AppState& state, const std::string& text) {
    std::vector<OrganisationReach> out;
    for (const std::string& line : splitTrimmed(text, '\n')) {
        const size_t comma = line.find(',');
        OrganisationReach r;
        r.areaCode = trimmed(line.substr(0, comma));
        r.community = comma == std::string::npos ? "" : trimmed(line.substr(comma + 1));
        if (!state.areas.find(r.areaCode)) throw std::invalid_argument("unknown area code '" + r.areaCode + "'");
        r.areaYear = kDefaultDivisionYear;
        out.push_back(std::move(r));
    }
    return out;
}

void saveForm(AppState& state) {
    const Language language = currentLanguage();
    Organisation o;
    o.id = g_form.id;
    o.name = trimmed(g_form.name);
    o.type = kOrganisationTypes[g_form.type];
    for (const char* offer : kOrganisationOffers) {
        if (g_form.offers.count(offer)) o.offers.push_back(offer);
    }
    if (g_form.hasCapacity) o.capacity = g_form.capacity;
    o.offlineContact = trimmed(g_form.offline);
    if (g_form.hasPosition) {
        o.lon = g_form.lon;
        o.lat = g_form.lat;
    }
    o.pointIds.assign(g_form.points.begin(), g_form.points.end());
    o.scenarioIds.assign(g_form.scenarios.begin(), g_form.scenarios.end());
    try {
        o.reach = parseReach(state, g_form.reach);
        if (o.id == 0) o.id = addOrganisation(state.db, o); else updateOrganisation(state.db, o);
    } catch (const std::exception& e) {
        char text[600];
        std::snprintf(text, sizeof text, translation(T::InvalidInput, language), io::importMessageIn(language, e.what()).c_str());
        g_form.error = text;
        return;
    }
    char text[300];
    std::snprintf(text, sizeof text, translation(T::Saved, language), o.name.c_str());
    state.notify(text, false);
    g_form.open = false;
    state.dataChanged();
    state.refreshComputed();
}

void pointLinks(AppState& state) {
    // The resilience points in the areas the form's reach names (the organisation helps run them).
    std::set<std::string> codes;
    try {
        for (const auto& r : parseReach(state, g_form.reach)) codes.insert(r.areaCode);
    } catch (const std::exception&) {
    }
    static long listedAt = -1;
    static std::vector<ResiliencePoint> all;
    if (listedAt != state.changeCount) {  // read once per change, not every frame
        all = listResiliencePoints(state.db);
        listedAt = state.changeCount;
    }
    std::vector<ResiliencePoint> points;
    for (const auto& p : all) {
        bool near = g_form.points.count(p.id) > 0;
        const Area* area = state.areas.find(p.areaCode);
        for (const std::string& code : codes) near = near || (area && state.areas.isInside(*area, code));
        if (near) points.push_back(p);
    }
    const std::string preview = std::to_string(g_form.points.size());
    if (ImGui::BeginCombo("##points", preview.c_str())) {
        for (const auto& p : points) {
            bool on = g_form.points.count(p.id) > 0;
            if (ImGui::Checkbox((p.name + "###pt" + std::to_string(p.id)).c_str(), &on)) {
                if (on) g_form.points.insert(p.id); else g_form.points.erase(p.id);
            }
        }
        ImGui::EndCombo();
    }
    anchorLastItem("networks-form-points");
}

// A label on its own line and the field under it at full width: the labels are long for a side panel.
void fieldLabel(T label) {
    ImGui::TextUnformatted(tr(label));
    ImGui::SetNextItemWidth(-1);
}

// Checkboxes that wrap onto a new line when the next one would not fit.
template <typename Keys, typename Label, typename Toggle>
void wrappedCheckboxes(const Keys& keys, Label label, Toggle toggle, const char* anchorPrefix) {
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    bool first = true;
    for (const auto& key : keys) {
        const std::string text = label(key);
        const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(text.c_str()).x;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        }
        first = false;
        bool on = toggle(key, nullptr);
        if (ImGui::Checkbox((text + "###" + anchorPrefix + std::string(key)).c_str(), &on)) toggle(key, &on);
        anchorLastItem(std::string(anchorPrefix) + std::string(key));
    }
}

void formWindow(AppState& state) {
    if (!g_form.open) return;
    const Language language = currentLanguage();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(g_form.id == 0 ? T::NewOrganisation : T::EditOrganisation));
    ImGui::BeginDisabled(state.readOnly);  // the public version shows an organisation, it does not edit it
    fieldLabel(T::FieldName);
    ImGui::InputText("##name", g_form.name, sizeof g_form.name);
    anchorLastItem("networks-form-name");
    fieldLabel(T::FieldType);
    if (ImGui::BeginCombo("##type", organisationTypeLabel(kOrganisationTypes[g_form.type], language).c_str())) {
        for (size_t i = 0; i < std::size(kOrganisationTypes); ++i) {
            if (ImGui::Selectable(organisationTypeLabel(kOrganisationTypes[i], language).c_str(), g_form.type == static_cast<int>(i))) {
                g_form.type = static_cast<int>(i);
            }
        }
        ImGui::EndCombo();
    }
    anchorLastItem("networks-form-type");
    ImGui::TextUnformatted(tr(T::FieldOffers));
    wrappedCheckboxes(
        kOrganisationOffers, [&](const char* offer) { return offerLabel(offer, language); },
        [](const char* offer, const bool* set) {
            if (set) {
                if (*set) g_form.offers.insert(offer); else g_form.offers.erase(offer);
            }
            return g_form.offers.count(offer) > 0;
        },
        "networks-form-offer-");
    ImGui::Checkbox((std::string(tr(T::FieldCapacity)) + "###has-capacity").c_str(), &g_form.hasCapacity);
    if (g_form.hasCapacity) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputInt("##capacity", &g_form.capacity);
        g_form.capacity = std::max(g_form.capacity, 0);
    }
    fieldLabel(T::FieldOffline);
    ImGui::InputText("##offline", g_form.offline, sizeof g_form.offline);
    anchorLastItem("networks-form-offline");
    ImGui::TextUnformatted(tr(T::FieldReach));
    ImGui::TextDisabled("%s", tr(T::FieldReachHint));
    ImGui::InputTextMultiline("##reach", g_form.reach, sizeof g_form.reach,
                              ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 4));
    anchorLastItem("networks-form-reach");
    fieldLabel(T::FieldPoints);
    pointLinks(state);
    ImGui::TextUnformatted(tr(T::FieldScenarios));
    const auto catalogue = scenarioCatalogue(state.db);
    std::vector<std::string> codes;
    for (const Scenario& sc : catalogue) codes.push_back(sc.code);
    wrappedCheckboxes(
        codes,
        [&](const std::string& code) {
            for (const Scenario& sc : catalogue) {
                if (sc.code == code) return scenarioName(sc, language);
            }
            return code;
        },
        [&](const std::string& code, const bool* set) {
            int64_t id = 0;
            for (const Scenario& sc : catalogue) {
                if (sc.code == code) id = sc.id;
            }
            if (set) {
                if (*set) g_form.scenarios.insert(id); else g_form.scenarios.erase(id);
            }
            return g_form.scenarios.count(id) > 0;
        },
        "networks-form-scenario-");
    ImGui::Checkbox((std::string(tr(T::FieldPosition)) + "###has-position").c_str(), &g_form.hasPosition);
    if (g_form.hasPosition) {
        double position[2] = {g_form.lon, g_form.lat};
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputScalarN("##position", ImGuiDataType_Double, position, 2, nullptr, nullptr, "%.5f")) {
            g_form.lon = position[0];
            g_form.lat = position[1];
        }
    }
    if (ImGui::Button(tr(T::Save))) saveForm(state);
    anchorLastItem("networks-form-save");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(T::Cancel))) g_form.open = false;
    if (g_form.id != 0) {
        const EditingControls editing(state);
        ImGui::SameLine();
        if (ImGui::Button(tr(T::Delete))) {
            const std::string name = g_form.name;
            removeOrganisation(state.db, g_form.id);
            char text[300];
            std::snprintf(text, sizeof text, tr(T::Removed), name.c_str());
            state.notify(text, false);
            g_form.open = false;
            state.dataChanged();
            state.refreshComputed();
        }
        anchorLastItem("networks-form-delete");
    }
    if (!g_form.error.empty()) ImGui::TextColored(ImVec4(0.85f, 0.33f, 0.10f, 1.0f), "%s", g_form.error.c_str());
}

void filters(AppState& state) {
    const Language language = currentLanguage();
    OrganisationSearch& search = state.scenarios.organisationSearch;
    const std::string before = searchKey(search);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##org-search", tr(T::Search), g_text, sizeof g_text)) search.text = g_text;
    anchorLastItem("networks-search");
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
    ImGui::SetNextItemWidth(half);
    const std::string typePreview = search.type.empty() ? std::string(tr(T::FilterType)) + ": " + tr(T::Any)
                                                        : organisationTypeLabel(search.type, language);
    if (ImGui::BeginCombo("##org-type", typePreview.c_str())) {
        if (ImGui::Selectable(tr(T::Any), search.type.empty())) search.type.clear();
        for (const char* type : kOrganisationTypes) {
            if (ImGui::Selectable(organisationTypeLabel(type, language).c_str(), search.type == type)) search.type = type;
        }
        ImGui::EndCombo();
    }
    anchorLastItem("networks-type");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    const std::string offerPreview = search.offer.empty() ? std::string(tr(T::FilterOffer)) + ": " + tr(T::Any)
                                                          : offerLabel(search.offer, language);
    if (ImGui::BeginCombo("##org-offer", offerPreview.c_str())) {
        if (ImGui::Selectable(tr(T::Any), search.offer.empty())) search.offer.clear();
        for (const char* offer : kOrganisationOffers) {
            if (ImGui::Selectable(offerLabel(offer, language).c_str(), search.offer == offer)) search.offer = offer;
        }
        ImGui::EndCombo();
    }
    anchorLastItem("networks-offer");
    // The area filter follows the selection (none selected: the whole country).
    search.areaCode = state.selectedCode;
    if (searchKey(search) != before) state.refreshComputed();
}

void resultsTable(AppState& state, const std::vector<Organisation>& list) {
    const Language language = currentLanguage();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<size_t>(list.size() + 2, 12));
    if (!ImGui::BeginTable("##orgs", 6, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr(T::ColumnName));
    ImGui::TableSetupColumn(tr(T::ColumnType));
    ImGui::TableSetupColumn(tr(T::ColumnOffers));
    ImGui::TableSetupColumn(tr(T::ColumnCapacity));
    ImGui::TableSetupColumn(tr(T::ColumnOffline));
    ImGui::TableSetupColumn(tr(T::ColumnReach));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Organisation& o = list[static_cast<size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable((o.name + "###org" + std::to_string(o.id)).c_str(), g_form.open && g_form.id == o.id)) {
                openForm(state, &o);
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(organisationTypeLabel(o.type, language).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(offersText(o.offers, language).c_str());
            ImGui::TableNextColumn();
            if (o.capacity) ImGui::Text("%lld", static_cast<long long>(*o.capacity)); else ImGui::TextDisabled("-");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(o.offlineContact.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(reachText(state, o).c_str());
        }
    }
    ImGui::EndTable();
}

void drawNetworksTab(AppState& state) {
    filters(state);
    const auto& list = found(state);
    char line[96];
    std::snprintf(line, sizeof line, tr(T::Results), static_cast<int>(list.size()));
    ImGui::TextUnformatted(line);
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(T::ShowOnMap))) state.showIndicator(kOrganisationsIndicatorId);
    anchorLastItem("networks-show-map");
    ImGui::SameLine();
    {
        const EditingControls editing(state);
        if (ImGui::SmallButton(tr(T::NewOrganisation))) openForm(state, nullptr);
        anchorLastItem("networks-new");
    }
    resultsTable(state, list);
    formWindow(state);
}

}  // namespace

void networksTabItem(AppState& state) {
    const bool open = ImGui::BeginTabItem((std::string(tr(T::TabNetworks)) + "###networks").c_str());
    anchorLastItem("care-networks");
    if (!open) return;
    drawNetworksTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
