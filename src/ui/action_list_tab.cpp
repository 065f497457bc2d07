// The "Actielijst" tab of the Basisniveau workspace: the baseline action lists (for
// municipalities and for safety regions), each shown grouped by phase and topic with its partners.
// A user's own lists can be renamed, filled, edited, reordered (up/down within a group) and
// deleted (after a confirmation); the shipped example list is marked as such and read-only, a copy
// of it can be edited. Lists are exported as CSV (a download) and imported through the one import
// path (io/file_import.cpp, io/action_list_file.h).
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/progress_widgets.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/strings.h"
#include "views/strings_progress.h"

namespace wb::ui {
namespace {

using T = ProgressText;

constexpr const char* kNewListPopup = "###actions-new-list";
constexpr const char* kRenamePopup = "###actions-rename";
constexpr const char* kDeleteListPopup = "###actions-delete-list";
constexpr const char* kMeasurePopup = "###actions-measure";
constexpr const char* kDeleteMeasurePopup = "###actions-delete-measure";

struct ListCache {
    long change = -1;
    const void* db = nullptr;
    std::vector<ActionList> lists;
    std::vector<int64_t> inUse;  // the list applying to each level
    std::vector<int> measureCounts;
    int64_t measuresOf = 0;
    std::vector<Measure> measures;
};
ListCache g_lists;

struct ListForm {
    char name[128] = "";
    AreaLevel level = AreaLevel::Municipality;
    std::string error;
};
ListForm g_listForm;

struct MeasureForm {
    int64_t measureId = 0;  // 0: a new measure
    char code[32] = "";
    int phase = 0;
    char topic[64] = "";
    char titleNl[256] = "";
    char titleEn[256] = "";
    char description[1024] = "";
    char partners[256] = "";
    std::string error;
};
MeasureForm g_measureForm;
int64_t g_deleteMeasure = 0;
// A popup asked for from inside a table row: opened at the tab's own ID level, where the modals
// are drawn (ImGui finds a popup by the ID stack it was opened in).
const char* g_pendingPopup = nullptr;

const ListCache& lists(AppState& state, int64_t shown) {
    if (g_lists.change != state.changeCount || g_lists.db != state.db.handle()) {
        g_lists = ListCache{};
        g_lists.change = state.changeCount;
        g_lists.db = state.db.handle();
        g_lists.lists = actionLists(state.db);
        for (AreaLevel level : {AreaLevel::Municipality, AreaLevel::SafetyRegion}) {
            if (const auto applies = applicableList(state.db, level)) g_lists.inUse.push_back(applies->id);
        }
        for (const ActionList& list : g_lists.lists) {
            g_lists.measureCounts.push_back(static_cast<int>(listMeasures(state.db, list.id).size()));
        }
    }
    if (g_lists.measuresOf != shown) {
        g_lists.measuresOf = shown;
        g_lists.measures = shown ? listMeasures(state.db, shown) : std::vector<Measure>{};
    }
    return g_lists;
}

// Runs an edit of the database; a refusal (std::invalid_argument) is shown in the form.
template <typename Edit>
bool apply(AppState& state, std::string& error, Edit edit) {
    try {
        edit();
    } catch (const std::invalid_argument& e) {
        error = std::string(tr(T::InvalidInput)) + ": " + userMessage(e);
        return false;
    }
    error.clear();
    state.dataChanged();
    state.refreshComputed();  // the list in use may have changed
    return true;
}

const char* levelLabel(AreaLevel level) {
    return tr(level == AreaLevel::SafetyRegion ? T::LevelRegion : T::LevelMunicipality);
}

void drawListChoice(AppState& state, const ListCache& cache) {
    int64_t& shown = state.progressView.shownList;
    for (size_t i = 0; i < cache.lists.size(); ++i) {
        const ActionList& list = cache.lists[i];
        std::string label = list.isExample ? std::string("[") + tr(T::ExampleMarker) + "] " : std::string();
        label += list.name + "  (" + levelLabel(list.forLevel) + ", " + formatted(tr(T::MeasureCount), cache.measureCounts[i]);
        if (std::find(cache.inUse.begin(), cache.inUse.end(), list.id) != cache.inUse.end()) {
            label += std::string(", ") + tr(T::InUse);
        }
        label += ")##list" + std::to_string(list.id);
        if (ImGui::Selectable(label.c_str(), shown == list.id)) shown = list.id;
        anchorLastItem("actions-list-" + std::to_string(list.id));
    }
}

void drawListButtons(AppState& state, const ActionList& list) {
    {
        const EditingControls editing(state);
        if (ImGui::Button(tr(T::NewList))) {
            g_listForm = ListForm{};
            ImGui::OpenPopup(kNewListPopup);
        }
        anchorLastItem("actions-new-list");
        ImGui::SameLine();
        if (ImGui::Button(tr(T::CopyList))) {
            std::string error;
            int64_t copy = 0;
            const std::string name = list.name + " (" + tr(T::CopySuffix) + ")";
            if (apply(state, error, [&] { copy = copyActionList(state.db, list.id, name); })) state.progressView.shownList = copy;
            else state.notify(error, true);
        }
        anchorLastItem("actions-copy");
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(T::ExportCsv))) state.progressView.exportList = list.id;
    anchorLastItem("actions-export");
    ImGui::SameLine();
    {
        const EditingControls editing(state);
        if (ImGui::Button(tr(T::ImportCsv))) state.requests.pickFiles = true;
        anchorLastItem("actions-import");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(T::ImportCsvHint));
    }
    if (list.isExample) {
        ImGui::TextWrapped("%s", tr(T::ExampleListNote));
        return;
    }
    const EditingControls editing(state);
    if (ImGui::Button(tr(T::RenameList))) {
        g_listForm = ListForm{};
        copyInto(g_listForm.name, list.name);
        ImGui::OpenPopup(kRenamePopup);
    }
    anchorLastItem("actions-rename");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::UseForLevel))) {
        std::string error;
        if (!apply(state, error, [&] { setApplicableList(state.db, list.id); })) state.notify(error, true);
    }
    anchorLastItem("actions-use");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::DeleteList))) ImGui::OpenPopup(kDeleteListPopup);
    anchorLastItem("actions-delete-list");
}

void openMeasureForm(const Measure* measure) {
    g_measureForm = MeasureForm{};
    if (measure) {
        const MeasureFields& f = measure->fields;
        g_measureForm.measureId = measure->id;
        copyInto(g_measureForm.code, f.code);
        for (size_t p = 0; p < std::size(kMeasurePhases); ++p) {
            if (kMeasurePhases[p] == f.phase) g_measureForm.phase = static_cast<int>(p);
        }
        copyInto(g_measureForm.topic, f.topic);
        copyInto(g_measureForm.titleNl, f.titleNl);
        copyInto(g_measureForm.titleEn, f.titleEn);
        copyInto(g_measureForm.description, f.description);
        copyInto(g_measureForm.partners, f.partners);
    }
    g_pendingPopup = kMeasurePopup;
}

// Moves a measure one place up or down among the measures of its phase and topic (the group it
// is shown in), keeping every other measure where it is.
void moveMeasure(AppState& state, const std::vector<Measure>& measures, size_t index, int direction) {
    const Measure& m = measures[index];
    for (size_t j = index;;) {
        if (direction < 0 && j == 0) return;
        j = direction < 0 ? j - 1 : j + 1;
        if (j >= measures.size()) return;
        if (measures[j].fields.phase != m.fields.phase || measures[j].fields.topic != m.fields.topic) continue;
        std::vector<int64_t> order;
        for (const Measure& each : measures) order.push_back(each.id);
        std::swap(order[index], order[j]);
        std::string error;
        if (!apply(state, error, [&] { reorderMeasures(state.db, m.listId, order); })) state.notify(error, true);
        return;
    }
}

void drawMeasureRow(AppState& state, const std::vector<Measure>& measures, size_t i, bool editable) {
    const Measure& m = measures[i];
    const std::string id = std::to_string(m.id);
    ImGui::PushID(static_cast<int>(m.id));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.fields.code.c_str());
    ImGui::TableNextColumn();
    const bool english = currentLanguage() == Language::English && !m.fields.titleEn.empty();
    ImGui::TextWrapped("%s", (english ? m.fields.titleEn : m.fields.titleNl).c_str());
    if (ImGui::IsItemHovered() && !m.fields.description.empty()) ImGui::SetTooltip("%s", m.fields.description.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", m.fields.partners.c_str());
    if (editable) {
        ImGui::TableNextColumn();
        if (ImGui::ArrowButton("up", ImGuiDir_Up)) moveMeasure(state, measures, i, -1);
        anchorLastItem("actions-up-" + m.fields.code);
        ImGui::SameLine();
        if (ImGui::ArrowButton("down", ImGuiDir_Down)) moveMeasure(state, measures, i, +1);
        anchorLastItem("actions-down-" + m.fields.code);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(T::EditMeasure))) openMeasureForm(&m);
        anchorLastItem("actions-edit-" + m.fields.code);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(T::Delete))) {
            g_deleteMeasure = m.id;
            g_pendingPopup = kDeleteMeasurePopup;
        }
        anchorLastItem("actions-delete-" + m.fields.code);
    }
    ImGui::PopID();
}

// The measures grouped by phase, then by topic in the order topics first appear in the list.
void drawMeasures(AppState& state, const std::vector<Measure>& measures, bool editable) {
    const Language language = currentLanguage();
    for (std::string_view phase : kMeasurePhases) {
        std::vector<std::string> topics;
        for (const Measure& m : measures) {
            if (m.fields.phase == phase && std::find(topics.begin(), topics.end(), m.fields.topic) == topics.end()) {
                topics.push_back(m.fields.topic);
            }
        }
        if (topics.empty()) continue;
        const std::string heading = std::string(phaseLabel(phase, language)) + "###phase-" + std::string(phase);
        if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (const std::string& topic : topics) {
            ImGui::TextDisabled("%s", topicLabel(topic, language).c_str());
            const std::string tableId = "##" + std::string(phase) + "-" + topic;
            if (!ImGui::BeginTable(tableId.c_str(), editable ? 4 : 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
                continue;
            }
            ImGui::TableSetupColumn(tr(T::ColumnCode), ImGuiTableColumnFlags_WidthFixed);
            ImGui::TableSetupColumn(tr(T::ColumnMeasure), ImGuiTableColumnFlags_WidthStretch, 3.0f);
            ImGui::TableSetupColumn(tr(T::ColumnPartners), ImGuiTableColumnFlags_WidthStretch, 1.5f);
            if (editable) ImGui::TableSetupColumn("##edit", ImGuiTableColumnFlags_WidthFixed);
            for (size_t i = 0; i < measures.size(); ++i) {
                if (measures[i].fields.phase == phase && measures[i].fields.topic == topic) drawMeasureRow(state, measures, i, editable);
            }
            ImGui::EndTable();
        }
    }
}

bool beginModal(T title, const char* id) {
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    return ImGui::BeginPopupModal((std::string(tr(title)) + id).c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize);
}

bool cancelButton() {
    ImGui::SameLine();
    const bool pressed = ImGui::Button(tr(T::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (pressed) ImGui::CloseCurrentPopup();
    return pressed;
}

void drawModals(AppState& state, const ActionList* list) {
    const FramedFields framed;  // pushed around the popups' Begin and End
    if (g_pendingPopup) ImGui::OpenPopup(g_pendingPopup);
    g_pendingPopup = nullptr;
    if (beginModal(T::NewList, kNewListPopup)) {
        labelledInput(tr(T::NewListName), "actions-new-name", g_listForm.name, sizeof g_listForm.name);
        if (ImGui::RadioButton(tr(T::LevelMunicipality), g_listForm.level == AreaLevel::Municipality)) {
            g_listForm.level = AreaLevel::Municipality;
        }
        ImGui::SameLine();
        if (ImGui::RadioButton(tr(T::LevelRegion), g_listForm.level == AreaLevel::SafetyRegion)) {
            g_listForm.level = AreaLevel::SafetyRegion;
        }
        if (!g_listForm.error.empty()) warningText(g_listForm.error);
        if (ImGui::Button(tr(T::Save))) {
            int64_t created = 0;
            if (apply(state, g_listForm.error, [&] { created = createActionList(state.db, g_listForm.name, g_listForm.level, ""); })) {
                state.progressView.shownList = created;
                ImGui::CloseCurrentPopup();
            }
        }
        anchorLastItem("actions-new-save");
        cancelButton();
        ImGui::EndPopup();
    }
    if (!list) return;
    if (beginModal(T::RenameList, kRenamePopup)) {
        labelledInput(tr(T::NewListName), "actions-rename-name", g_listForm.name, sizeof g_listForm.name);
        if (!g_listForm.error.empty()) warningText(g_listForm.error);
        if (ImGui::Button(tr(T::Save)) &&
            apply(state, g_listForm.error, [&] { renameActionList(state.db, list->id, g_listForm.name); })) {
            ImGui::CloseCurrentPopup();
        }
        anchorLastItem("actions-rename-save");
        cancelButton();
        ImGui::EndPopup();
    }
    if (beginModal(T::DeleteList, kDeleteListPopup)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextWrapped("%s", formatted(tr(T::DeleteListConfirm), list->name.c_str()).c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr(T::Delete))) {
            std::string error;
            if (apply(state, error, [&] { deleteActionList(state.db, list->id); })) state.progressView.shownList = 0;
            else state.notify(error, true);
            ImGui::CloseCurrentPopup();
        }
        anchorLastItem("actions-delete-list-confirm");
        cancelButton();
        ImGui::EndPopup();
    }
    if (beginModal(g_measureForm.measureId ? T::EditMeasure : T::AddMeasure, kMeasurePopup)) {
        MeasureForm& f = g_measureForm;
        labelledInput(tr(T::FieldCode), "actions-field-code", f.code, sizeof f.code);
        ImGui::TextUnformatted(tr(T::FieldPhase));
        for (size_t p = 0; p < std::size(kMeasurePhases); ++p) {
            if (p) ImGui::SameLine();
            const std::string label = std::string(phaseLabel(kMeasurePhases[p], currentLanguage())) + "##phase" + std::to_string(p);
            if (ImGui::RadioButton(label.c_str(), f.phase == static_cast<int>(p))) f.phase = static_cast<int>(p);
            anchorLastItem("actions-field-phase-" + std::string(kMeasurePhases[p]));
        }
        labelledInput(tr(T::FieldTopic), "actions-field-topic", f.topic, sizeof f.topic);
        labelledInput(tr(T::FieldTitleNl), "actions-field-title-nl", f.titleNl, sizeof f.titleNl);
        labelledInput(tr(T::FieldTitleEn), "actions-field-title-en", f.titleEn, sizeof f.titleEn);
        labelledInput(tr(T::FieldDescription), "actions-field-description", f.description, sizeof f.description, true);
        labelledInput(tr(T::FieldPartners), "actions-field-partners", f.partners, sizeof f.partners);
        if (!f.error.empty()) warningText(f.error);
        if (ImGui::Button(tr(T::Save))) {
            const MeasureFields fields{f.code, std::string(kMeasurePhases[f.phase]), f.topic, f.titleNl,
                                       f.titleEn, f.description, f.partners};
            const bool saved = apply(state, f.error, [&] {
                if (f.measureId) editMeasure(state.db, f.measureId, fields);
                else addMeasure(state.db, list->id, fields);
            });
            if (saved) ImGui::CloseCurrentPopup();
        }
        anchorLastItem("actions-measure-save");
        cancelButton();
        ImGui::EndPopup();
    }
    if (beginModal(T::Delete, kDeleteMeasurePopup)) {
        std::string code;
        for (const Measure& m : g_lists.measures) {
            if (m.id == g_deleteMeasure) code = m.fields.code;
        }
        ImGui::TextWrapped("%s", formatted(tr(T::DeleteMeasureConfirm), code.c_str()).c_str());
        if (ImGui::Button(tr(T::Delete))) {
            std::string error;
            if (!apply(state, error, [&] { deleteMeasure(state.db, g_deleteMeasure); })) state.notify(error, true);
            ImGui::CloseCurrentPopup();
        }
        anchorLastItem("actions-delete-measure-confirm");
        cancelButton();
        ImGui::EndPopup();
    }
}

}  // namespace

void drawActionListTab(AppState& state) {
    int64_t& shown = state.progressView.shownList;
    const ListCache* cache = &lists(state, shown);
    const auto found = std::find_if(cache->lists.begin(), cache->lists.end(), [&](const ActionList& l) { return l.id == shown; });
    if (found == cache->lists.end()) {  // nothing chosen yet, or the chosen list is gone
        shown = cache->lists.empty() ? 0 : cache->lists.front().id;
        cache = &lists(state, shown);
    }
    ImGui::TextUnformatted(tr(T::ActionLists));
    drawListChoice(state, *cache);
    const ActionList* list = nullptr;
    for (const ActionList& l : cache->lists) {
        if (l.id == shown) list = &l;
    }
    ImGui::Separator();
    if (list) {
        // Copies: the buttons below may change the database and so the cache.
        const ActionList current = *list;
        const std::vector<Measure> measures = cache->measures;
        drawListButtons(state, current);
        const bool editable = !current.isExample && !state.readOnly;
        drawMeasures(state, measures, editable);
        if (editable) {
            if (ImGui::Button(tr(T::AddMeasure))) openMeasureForm(nullptr);
            anchorLastItem("actions-add-measure");
        }
        drawModals(state, &current);
    } else {
        const EditingControls editing(state);
        if (ImGui::Button(tr(T::NewList))) {
            g_listForm = ListForm{};
            ImGui::OpenPopup(kNewListPopup);
        }
        anchorLastItem("actions-new-list");
        drawModals(state, nullptr);
    }
}

void actionListTabItem(AppState& state) {
    if (!baselineTab(tr(T::TabActionList), "actions")) return;
    drawActionListTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
