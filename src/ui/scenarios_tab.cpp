// The "Scenario's" tab of the Bevolkingszorg workspace: the scenario catalogue (a long power
// outage first), a scenario's effects per sector over 0-24 h / 24-72 h / after 72 h (every cell
// says its severity in words), the local actions of the selected municipality or region linked
// to baseline measures (status editable), the scenario x area matrix of where local action
// perspective is missing, the 72-hour view (outage_view.cpp) and the threat information sheet.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/checklist.h"
#include "core/date_format.h"
#include "core/organisations.h"
#include "core/scenarios.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/strings_scenarios.h"
#include "views/threat_sheet.h"

namespace wb::ui {

void drawOutageView(AppState& state, const Scenario& scenario);  // outage_view.cpp

namespace {

using T = ScenarioText;

// What the tab reads from the database, kept until the next change.
struct Cache {
    long change = -1;
    const void* db = nullptr;
    std::vector<Scenario> catalogue;
    int64_t effectsOf = -1;
    std::vector<ScenarioEffect> effects;
    std::string matrixScope = "\x01";
    ScenarioAreaMatrix matrix;
};
Cache g_cache;

struct ActionForm {
    char description[512] = "";
    int measure = -1;  // index into the applicable list's measures; -1: none
    std::string error;
};
ActionForm g_form;

void refresh(const AppState& state) {
    if (g_cache.change == state.changeCount && g_cache.db == &state.db) return;
    g_cache = Cache{};
    g_cache.change = state.changeCount;
    g_cache.db = &state.db;
    g_cache.catalogue = scenarioCatalogue(state.db);
}

const Scenario* chosenScenario(AppState& state) {
    if (g_cache.catalogue.empty()) return nullptr;
    for (const Scenario& s : g_cache.catalogue) {
        if (s.code == state.scenarios.scenarioCode) return &s;
    }
    state.scenarios.scenarioCode = g_cache.catalogue.front().code;
    return &g_cache.catalogue.front();
}

void scenarioPicker(AppState& state, const Scenario& current) {
    const Language language = currentLanguage();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##scenario", scenarioName(current, language).c_str())) {
        for (const Scenario& s : g_cache.catalogue) {
            const bool selected = s.code == current.code;
            if (ImGui::Selectable((scenarioName(s, language) + "###sc-" + s.code).c_str(), selected)) {
                state.scenarios.scenarioCode = s.code;
            }
            anchorLastItem("scenarios-option-" + s.code);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    anchorLastItem("scenarios-select");
    ImGui::TextDisabled("%s: %s", tr(T::Theme), themeLabel(current.theme, language).c_str());
    if (!current.description.empty()) ImGui::TextWrapped("%s", current.description.c_str());
}

// Severity shown as words; the text colour only repeats what the word says.
ImVec4 severityColour(int severity) {
    switch (severity) {
        case 3: return ImVec4(0.85f, 0.33f, 0.10f, 1.0f);
        case 2: return ImVec4(0.90f, 0.62f, 0.00f, 1.0f);
        case 1: return ImGui::GetStyleColorVec4(ImGuiCol_Text);
        default: return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled);
    }
}

void effectsTable(const AppState& state, const Scenario& scenario) {
    if (g_cache.effectsOf != scenario.id) {
        g_cache.effects = scenarioEffects(state.db, scenario.id);
        g_cache.effectsOf = scenario.id;
    }
    const Language language = currentLanguage();
    ImGui::TextUnformatted(tr(T::Effects));
    if (!ImGui::BeginTable("##effects", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        return;
    }
    ImGui::TableSetupColumn(tr(T::Sector), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    const EffectPeriod periods[] = {EffectPeriod::First24Hours, EffectPeriod::Hours24To72, EffectPeriod::After72Hours};
    for (EffectPeriod p : periods) ImGui::TableSetupColumn(periodLabel(p, language), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const std::string& sector : sectorsWithEffects(g_cache.effects, kEffectSectors)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(sectorLabel(sector, language).c_str());
        for (EffectPeriod p : periods) {
            ImGui::TableNextColumn();
            const ScenarioEffect* found = findEffect(g_cache.effects, sector, p);
            const int severity = found ? found->severity : 0;
            ImGui::TextColored(severityColour(severity), "%s", severityLabel(severity, language));
            if (found && !found->description.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", found->description.c_str());
        }
    }
    ImGui::EndTable();
}

// Local actions of a municipality or safety region: status editable, removable, addable with a
// link to a measure of the baseline list that applies to the area's level.
void localActions(AppState& state, const Scenario& scenario) {
    const Area* area = state.areas.find(state.selectedCode);
    if (!area || (area->level != AreaLevel::Municipality && area->level != AreaLevel::SafetyRegion)) {
        ImGui::TextWrapped("%s", tr(T::SelectAreaForActions));
        return;
    }
    const Language language = currentLanguage();
    char heading[256];
    std::snprintf(heading, sizeof heading, tr(T::LocalActionsOf), area->name.c_str());
    ImGui::TextUnformatted(heading);
    const auto actions = scenarioActions(state.db, scenario.id, area->code);
    if (actions.empty()) {
        ImGui::TextWrapped("%s", tr(T::NoActions));
    } else if (ImGui::BeginTable("##actions", 4, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr(T::ColumnMeasure), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(tr(T::ColumnAction), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr(T::ColumnStatus), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (const auto& a : actions) {
            ImGui::PushID(static_cast<int>(a.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(a.measureCode.empty() ? "-" : a.measureCode.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", a.description.c_str());
            ImGui::TableNextColumn();
            const EditingControls editing(state);
            ImGui::SetNextItemWidth(-1);
            if (ImGui::BeginCombo("##status", actionStatusLabel(a.status, language))) {
                for (const char* status : kActionStatuses) {
                    if (ImGui::Selectable(actionStatusLabel(status, language), a.status == status) && a.status != status) {
                        setScenarioActionStatus(state.db, a.id, status);
                        state.dataChanged();
                    }
                }
                ImGui::EndCombo();
            }
            anchorLastItem("scenarios-action-status-" + std::to_string(a.id));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(T::Remove))) {
                removeScenarioAction(state.db, a.id);
                state.dataChanged();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }

    // Adding an action, linked to a measure of the list that applies to the area's level.
    const auto list = applicableList(state.db, area->level);
    const std::vector<Measure> measures = list ? listMeasures(state.db, list->id) : std::vector<Measure>{};
    if (g_form.measure >= static_cast<int>(measures.size())) g_form.measure = -1;
    ImGui::Separator();
    ImGui::TextUnformatted(tr(T::AddAction));
    const EditingControls editing(state);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##action-description", tr(T::ActionDescription), g_form.description, sizeof g_form.description);
    anchorLastItem("scenarios-action-description");
    auto measureLabel = [&](int index) {
        if (index < 0) return std::string(tr(T::NoMeasure));
        const MeasureFields& f = measures[static_cast<size_t>(index)].fields;
        return f.code + " " + (language == Language::English && !f.titleEn.empty() ? f.titleEn : f.titleNl);
    };
    ImGui::SetNextItemWidth(-ImGui::CalcTextSize(tr(T::Add)).x - ImGui::GetStyle().FramePadding.x * 4);
    if (ImGui::BeginCombo("##action-measure", measureLabel(g_form.measure).c_str())) {
        for (int i = -1; i < static_cast<int>(measures.size()); ++i) {
            if (ImGui::Selectable((measureLabel(i) + "###m" + std::to_string(i)).c_str(), g_form.measure == i)) g_form.measure = i;
        }
        ImGui::EndCombo();
    }
    anchorLastItem("scenarios-action-measure");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::Add))) {
        ScenarioAction action;
        action.scenarioId = scenario.id;
        action.areaCode = area->code;
        action.areaYear = kDefaultDivisionYear;
        action.description = g_form.description;
        if (g_form.measure >= 0) action.measureId = measures[static_cast<size_t>(g_form.measure)].id;
        try {
            addScenarioAction(state.db, action);
            g_form = ActionForm{};
            state.dataChanged();
        } catch (const std::exception& e) {
            g_form.error = userMessage(e);
        }
    }
    anchorLastItem("scenarios-action-add");
    if (!g_form.error.empty()) {
        char text[600];
        std::snprintf(text, sizeof text, tr(T::InvalidInput), g_form.error.c_str());
        ImGui::TextColored(ImVec4(0.85f, 0.33f, 0.10f, 1.0f), "%s", text);
    }
}

// The scope of the matrix: the regions of the Netherlands or of a province; the municipalities of
// a region (or of the region a municipality lies in).
std::pair<AreaLevel, std::string> matrixScope(const AppState& state) {
    const Area* area = state.areas.find(state.selectedCode);
    if (!area || area->level == AreaLevel::Country) return {AreaLevel::SafetyRegion, ""};
    if (area->level == AreaLevel::Province) return {AreaLevel::SafetyRegion, area->code};
    if (const Area* region = safetyRegionOf(state.areas, area->code)) return {AreaLevel::Municipality, region->code};
    return {AreaLevel::SafetyRegion, ""};
}

void scenarioMatrix(AppState& state) {
    const auto [level, within] = matrixScope(state);
    const std::string key = std::string(toString(level)) + ":" + within;
    if (g_cache.matrixScope != key) {
        g_cache.matrix = scenarioAreaMatrix(state.db, level, kDefaultDivisionYear, within);
        g_cache.matrixScope = key;
    }
    const ScenarioAreaMatrix& m = g_cache.matrix;
    const Language language = currentLanguage();
    ImGui::TextWrapped("%s", tr(T::MatrixIntro));
    const int columns = static_cast<int>(m.scenarios.size()) + 1;
    if (columns < 2 || columns > 60) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<size_t>(m.areas.size() + 2, 14));
    if (!ImGui::BeginTable("##matrix", columns, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(1, 1);
    ImGui::TableSetupColumn(tr(T::ColumnArea));
    for (const Scenario& s : m.scenarios) ImGui::TableSetupColumn(s.code.c_str());
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < columns; ++c) {
        ImGui::TableSetColumnIndex(c);
        ImGui::TableHeader(ImGui::TableGetColumnName(c));
        if (c > 0 && ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", scenarioName(m.scenarios[static_cast<size_t>(c - 1)], language).c_str());
        }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(m.areas.size()));
    while (clipper.Step()) {
        for (int a = clipper.DisplayStart; a < clipper.DisplayEnd; ++a) {
            const Area& area = m.areas[static_cast<size_t>(a)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (ImGui::Selectable((area.name + "###mx-" + area.code).c_str(), area.code == state.selectedCode)) {
                state.select(area.code);
            }
            anchorLastItem("scenarios-matrix-" + area.code);
            for (size_t s = 0; s < m.scenarios.size(); ++s) {
                ImGui::TableNextColumn();
                const ScenarioAreaCell& cell = m.cells[static_cast<size_t>(a)][s];
                if (cell.missingPerspective()) {
                    ImGui::TextColored(ImVec4(0.85f, 0.33f, 0.10f, 1.0f), "%s", tr(T::MatrixMissing));
                } else {
                    ImGui::Text("%d", cell.actions);
                    if (ImGui::IsItemHovered()) {
                        char text[128];
                        std::snprintf(text, sizeof text, tr(T::MatrixCell), cell.actions, cell.done);
                        ImGui::SetTooltip("%s", text);
                    }
                }
            }
        }
    }
    ImGui::EndTable();
}

// Organisations linked to the scenario that reach the selection (Netwerken edits the links).
void scenarioOrganisations(AppState& state, const Scenario& scenario) {
    static std::string key;
    static std::vector<Organisation> list;
    const std::string now = std::to_string(scenario.id) + ":" + state.selectedCode + ":" + std::to_string(state.changeCount);
    if (key != now) {
        OrganisationSearch search;
        search.scenarioId = scenario.id;
        search.areaCode = state.selectedCode;
        list = searchOrganisations(state.db, search);
        key = now;
    }
    char label[160];
    std::snprintf(label, sizeof label, tr(T::OrganisationsInScenario), static_cast<int>(list.size()));
    if (!ImGui::TreeNode("##scenario-organisations", "%s", label)) return;
    const Language language = currentLanguage();
    for (const Organisation& o : list) {
        ImGui::BulletText("%s (%s): %s", o.name.c_str(), organisationTypeLabel(o.type, language).c_str(),
                          o.offlineContact.c_str());
    }
    ImGui::TreePop();
}

void threatSheet(AppState& state) {
    ImGui::TextWrapped("%s", tr(T::ThreatSheetHint));
    const Area* region = safetyRegionOf(state.areas, state.selectedCode);
    if (!region) {
        ImGui::TextDisabled("%s", tr(T::ThreatSheetNoRegion));
        return;
    }
    char label[256];
    std::snprintf(label, sizeof label, "%s: %s", tr(T::ThreatSheetDownload), region->name.c_str());
    if (ImGui::Button(label)) {
        const Language language = currentLanguage();
        state.scenarios.download = FileDownload{threatSheetFileName(*region, language),
                                                threatSheetHtml(state.db, state.areas, region->code, language, todayIsoDate()),
                                                "text/html"};
    }
    anchorLastItem("scenarios-threat-sheet");
}

void drawScenariosTab(AppState& state) {
    refresh(state);
    const Scenario* scenario = chosenScenario(state);
    if (!scenario) {
        ImGui::TextDisabled("-");
        return;
    }
    const Scenario current = *scenario;  // the catalogue may be reloaded by an edit below
    scenarioPicker(state, current);
    effectsTable(state, current);
    if (ImGui::CollapsingHeader((std::string(tr(T::LocalActions)) + "###sc-actions").c_str())) {
        anchorLastItem("scenarios-section-actions");
        localActions(state, current);
        scenarioOrganisations(state, current);
    } else {
        anchorLastItem("scenarios-section-actions");
    }
    if (ImGui::CollapsingHeader((std::string(tr(T::Matrix)) + "###sc-matrix").c_str())) {
        anchorLastItem("scenarios-section-matrix");
        scenarioMatrix(state);
    } else {
        anchorLastItem("scenarios-section-matrix");
    }
    if (ImGui::CollapsingHeader((std::string(tr(T::ThreatSheet)) + "###sc-sheet").c_str())) {
        anchorLastItem("scenarios-section-sheet");
        threatSheet(state);
    } else {
        anchorLastItem("scenarios-section-sheet");
    }
    // Last: its table is the longest part of the tab.
    if (ImGui::CollapsingHeader((std::string(tr(T::HourView)) + "###sc-hours").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        anchorLastItem("scenarios-section-hours");
        drawOutageView(state, current);
    } else {
        anchorLastItem("scenarios-section-hours");
    }
}

}  // namespace

void scenariosTabItem(AppState& state) {
    const bool open = ImGui::BeginTabItem((std::string(tr(T::TabScenarios)) + "###scenarios").c_str());
    anchorLastItem("care-scenarios");
    if (!open) return;
    drawScenariosTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
