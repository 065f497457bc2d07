// The "Voortgang" tab of the Basisniveau workspace: how far the selected area (a municipality, a
// safety region, a province or the Netherlands) is with the baseline: overall, per phase, per
// topic, the change over the last quarter, what is overdue, the areas within it, and the
// checklist of a municipality or region, whose statuses are changed here. A change appends a
// history row (who: a free-text name remembered for the session), persists through the usual
// dataChanged() path and recolours the map when it shows progress.
#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date_format.h"
#include "core/progress_trend.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/progress_widgets.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/basis_lines.h"
#include "views/strings.h"
#include "views/strings_progress.h"

namespace wb::ui {
namespace {

using T = ProgressText;

constexpr const char* kStatusPopup = "###progress-status";
constexpr int kOverdueShown = 12;

// What the tab reads from the database for one area, kept until the next change.
struct AreaCache {
    const void* db = nullptr;  // another database (opened, reset) is another cache
    std::string code;
    long change = -1;
    std::string day;
    Checklist checklist;
    bool hasChecklist = false;
    std::vector<OverdueMeasure> overdue;
    BaselineList list = BaselineList::Municipalities;
    Language language = Language::Dutch;
    std::string basisLine;  // what a region's or the country's roll-up rests on; empty elsewhere
};
AreaCache g_cache;

// The status form, filled when it opens.
struct StatusForm {
    std::string areaCode;
    std::string areaName;
    int64_t measureId = 0;
    std::string measureLabel;
    MeasureStatus status = MeasureStatus::NotStarted;
    char date[16] = "";
    char due[16] = "";
    char owner[128] = "";
    char evidence[512] = "";
    char by[96] = "";
    std::string error;
    std::vector<StatusRecord> history;
};
StatusForm g_form;

const AreaCache& cacheFor(AppState& state, const Area& area, const std::string& day, bool wantChecklist,
                          BaselineList list) {
    const Language language = currentLanguage();
    if (g_cache.db != state.db.handle() || g_cache.code != area.code || g_cache.change != state.changeCount ||
        g_cache.day != day || g_cache.hasChecklist != wantChecklist || g_cache.list != list ||
        g_cache.language != language) {
        g_cache = AreaCache{};
        g_cache.db = state.db.handle();
        g_cache.code = area.code;
        g_cache.change = state.changeCount;
        g_cache.day = day;
        g_cache.hasChecklist = wantChecklist;
        if (wantChecklist) g_cache.checklist = areaChecklist(state.db, area.code, day);
        g_cache.overdue = overdueMeasures(state.db, state.areas, area.code, day);
        g_cache.list = list;
        g_cache.language = language;
        g_cache.basisLine = restsOnLineFor(state.db, state.areas, area.code, list, day, language);
    }
    return g_cache;
}

std::string measureTitle(const Measure& m) {
    if (currentLanguage() == Language::English && !m.fields.titleEn.empty()) return m.fields.titleEn;
    return m.fields.titleNl;
}

void openStatusForm(AppState& state, const Area& area, const ChecklistItem& item, const std::string& day) {
    g_form = StatusForm{};
    g_form.areaCode = area.code;
    g_form.areaName = area.name;
    g_form.measureId = item.measure.id;
    g_form.measureLabel = item.measure.fields.code + "  " + measureTitle(item.measure);
    g_form.status = item.current.status;
    copyInto(g_form.date, day);
    copyInto(g_form.due, item.current.dueDate);
    copyInto(g_form.owner, item.current.owner);
    copyInto(g_form.evidence, item.current.evidence);
    copyInto(g_form.by, state.progressView.changedBy);
    g_form.history = statusHistory(state.db, area.code, item.measure.id);
    state.progressView.editingMeasure = item.measure.id;
    state.progressView.editingArea = area.code;
    ImGui::OpenPopup(kStatusPopup);
}

void saveStatus(AppState& state) {
    StatusChange change;
    change.status = g_form.status;
    change.statusDate = g_form.date;
    change.dueDate = g_form.due;
    change.owner = g_form.owner;
    change.evidence = g_form.evidence;
    change.changedBy = g_form.by;
    try {
        setMeasureStatus(state.db, g_form.areaCode, g_form.measureId, change);
    } catch (const std::invalid_argument& e) {
        g_form.error = std::string(tr(T::InvalidInput)) + ": " + userMessage(e);
        return;
    }
    state.progressView.changedBy = g_form.by;
    state.progressView.editingMeasure = 0;
    state.dataChanged();
    state.refreshComputed();
    state.notify(std::string(tr(T::SavedStatus)) + ": " + g_form.areaName + ", " + g_form.measureLabel, false);
    ImGui::CloseCurrentPopup();
}

void statusRadio(MeasureStatus status) {
    const std::string label = std::string(statusLabel(status, currentLanguage())) + "##" + std::string(toString(status));
    if (ImGui::RadioButton(label.c_str(), g_form.status == status)) g_form.status = status;
    anchorLastItem("progress-status-" + std::string(toString(status)));
}

void drawHistory() {
    ImGui::TextUnformatted(tr(T::History));
    if (g_form.history.empty()) {
        ImGui::TextDisabled("%s", tr(T::NoHistory));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##history", 5, flags, ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 7))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (T column : {T::ColumnDate, T::ColumnStatus, T::ColumnOwner, T::ColumnBy, T::ColumnEvidence}) {
        ImGui::TableSetupColumn(tr(column));
    }
    ImGui::TableHeadersRow();
    const Language language = currentLanguage();
    for (const StatusRecord& r : g_form.history) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(formatDate(r.statusDate, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(statusLabel(r.status, language));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.owner.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%s, %s", r.changedBy.c_str(), formatDate(r.changedAt, language).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.evidence.c_str());
    }
    ImGui::EndTable();
}

void drawStatusPopup(AppState& state) {
    const ImVec2 size(ImGui::GetFontSize() * 34, 0);
    ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
    const std::string title = std::string(tr(T::EditMeasureStatus)) + kStatusPopup;
    const FramedFields framed;  // pushed around the popup's Begin and End
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 34);
    ImGui::TextWrapped("%s", g_form.areaName.c_str());
    ImGui::TextWrapped("%s", g_form.measureLabel.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    {
        const EditingControls editing(state);  // the public version shows the history, nothing more
        for (MeasureStatus s : {MeasureStatus::NotStarted, MeasureStatus::InProgress, MeasureStatus::Done,
                                MeasureStatus::NotApplicable}) {
            statusRadio(s);
            if (s != MeasureStatus::NotApplicable) ImGui::SameLine();
        }
        labelledInput(tr(T::FieldStatusDate), "progress-edit-date", g_form.date, sizeof g_form.date);
        labelledInput(tr(T::FieldDueDate), "progress-edit-due", g_form.due, sizeof g_form.due);
        labelledInput(tr(T::FieldOwner), "progress-edit-owner", g_form.owner, sizeof g_form.owner);
        labelledInput(tr(T::FieldEvidence), "progress-edit-evidence", g_form.evidence, sizeof g_form.evidence);
        labelledInput(tr(T::FieldChangedBy), "progress-edit-by", g_form.by, sizeof g_form.by);
        if (!g_form.error.empty()) warningText(g_form.error);
        if (ImGui::Button(tr(T::Save))) saveStatus(state);
        anchorLastItem("progress-edit-save");
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(T::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        state.progressView.editingMeasure = 0;
        ImGui::CloseCurrentPopup();
    }
    anchorLastItem("progress-edit-cancel");
    ImGui::Separator();
    drawHistory();
    ImGui::EndPopup();
}

void drawListChoice(AppState& state) {
    const FramedFields framed;  // the radio buttons' circles visible on the panel
    ImGui::TextUnformatted(tr(T::ListLabel));
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(T::ListMunicipalities), state.progressView.list == BaselineList::Municipalities)) {
        state.progressView.list = BaselineList::Municipalities;
        state.refreshComputed();
    }
    anchorLastItem("progress-list-municipalities");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(T::ListRegions), state.progressView.list == BaselineList::SafetyRegions)) {
        state.progressView.list = BaselineList::SafetyRegions;
        state.refreshComputed();
    }
    anchorLastItem("progress-list-regions");
}

void drawSummary(AppState& state, const Area& area, const AreaProgress& progress, const ProgressSnapshot& figures,
                 BaselineList list, const std::string& basisLine) {
    const Language language = currentLanguage();
    const ProgressCount& c = progress.overall;
    ImGui::TextUnformatted(tr(T::ColumnDone));
    ImGui::SameLine();
    progressCountBar(nullptr, c);
    anchorLastItem("progress-overall");
    ImGui::TextWrapped("%s", formatted(tr(T::CountsLine), c.done, c.applicable(), c.inProgress, c.notStarted(),
                                       c.notApplicable).c_str());
    const ProgressChange change = progressChange(figures.before, figures.now, area.code, list);
    const auto points = change.changePoints();
    if (points) {
        ImGui::TextWrapped("%s: %s %s (%s: %s, %s: %s)", tr(T::TrendQuarter), signedPoints(*points, language).c_str(),
                           tr(T::PercentagePoints), formatDate(change.fromDate, language).c_str(),
                           percentText(change.fromPercent).c_str(), formatDate(change.toDate, language).c_str(),
                           percentText(change.toPercent).c_str());
    } else {
        ImGui::TextWrapped("%s: %s", tr(T::TrendQuarter), tr(T::TrendNoData));
    }
    if (c.overdue > 0) warningText(std::string(tr(T::Overdue)) + ": " + std::to_string(c.overdue));
    // Next to the figure it qualifies: what a region's or the country's roll-up rests on.
    if (!basisLine.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", basisLine.c_str());
        ImGui::PopStyleColor();
        anchorLastItem("progress-basis");
    }
    if (ImGui::Button(tr(T::ShowOnMap))) state.showIndicator(kProgressIndicatorId);
    anchorLastItem("progress-show-map");
}

void drawBreakdown(const char* heading, const std::vector<KeyedProgress>& rows, bool phases, const char* id) {
    // The three phases are open from the start: short, and the first thing asked after the total.
    const ImGuiTreeNodeFlags flags = phases ? ImGuiTreeNodeFlags_DefaultOpen : 0;
    if (!ImGui::CollapsingHeader((std::string(heading) + "###" + id).c_str(), flags)) return;
    const Language language = currentLanguage();
    float labelWidth = 0;
    std::vector<std::string> labels;
    for (const KeyedProgress& row : rows) {
        labels.push_back(phases ? std::string(phaseLabel(row.key, language)) : topicLabel(row.key, language));
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(labels.back().c_str()).x);
    }
    labelWidth += ImGui::GetStyle().ItemSpacing.x * 2 + ImGui::GetCursorPosX();
    for (size_t i = 0; i < rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        progressCountBar(labels[i].c_str(), rows[i].count, labelWidth);
        ImGui::PopID();
    }
}

void drawOverdue(const std::vector<OverdueMeasure>& overdue) {
    const std::string heading = std::string(tr(T::Overdue)) + " (" + std::to_string(overdue.size()) + ")###overdue";
    if (!ImGui::CollapsingHeader(heading.c_str())) return;
    if (overdue.empty()) {
        ImGui::TextUnformatted(tr(T::NoneOverdue));
        return;
    }
    const Language language = currentLanguage();
    if (ImGui::BeginTable("##overdue", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        for (T column : {T::ColumnArea, T::ColumnCode, T::ColumnMeasure, T::ColumnDue}) ImGui::TableSetupColumn(tr(column));
        ImGui::TableHeadersRow();
        for (size_t i = 0; i < overdue.size() && i < static_cast<size_t>(kOverdueShown); ++i) {
            const OverdueMeasure& o = overdue[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(o.areaName.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(o.measureCode.c_str());
            ImGui::TableNextColumn();
            const std::string& title = language == Language::English && !o.measureTitleEn.empty() ? o.measureTitleEn
                                                                                                  : o.measureTitleNl;
            ImGui::TextWrapped("%s", title.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDate(o.dueDate, language).c_str());
        }
        ImGui::EndTable();
    }
    if (overdue.size() > static_cast<size_t>(kOverdueShown)) {
        ImGui::TextDisabled("%s", formatted(tr(T::MoreOverdue), static_cast<int>(overdue.size()) - kOverdueShown).c_str());
    }
}

void drawRollUp(AppState& state, const std::vector<AreaProgress>& children) {
    if (children.empty()) return;
    if (!ImGui::CollapsingHeader((std::string(tr(T::RollUp)) + "###rollup").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetTextLineHeightWithSpacing() * std::min<float>(12, children.size() + 1.5f);
    if (!ImGui::BeginTable("##rollup", 4, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(T::ColumnArea), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(T::ColumnPercentDone), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(T::ColumnDone), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(T::ColumnApplicable), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    std::string clicked;
    for (const AreaProgress& child : children) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((child.areaName + "##" + child.areaCode).c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) {
            clicked = child.areaCode;
        }
        anchorLastItem("progress-rollup-" + child.areaCode);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(percentText(child.overall.percentDone()).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", child.overall.done);
        ImGui::TableNextColumn();
        ImGui::Text("%d", child.overall.applicable());
    }
    ImGui::EndTable();
    if (!clicked.empty()) state.select(clicked);
}

void drawChecklist(AppState& state, const Area& area, const Checklist& checklist, const std::string& day) {
    if (!ImGui::CollapsingHeader((std::string(tr(T::Checklist)) + "###checklist").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        return;
    }
    if (!checklist.list) {
        ImGui::TextUnformatted(tr(T::NoList));
        return;
    }
    const Language language = currentLanguage();
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp |
                                  ImGuiTableFlags_BordersInnerH;
    const float height = std::max(ImGui::GetContentRegionAvail().y, ImGui::GetTextLineHeightWithSpacing() * 14);
    if (!ImGui::BeginTable("##checklist", 5, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(T::ColumnCode), ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(tr(T::ColumnMeasure), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr(T::ColumnStatus), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(T::ColumnDue), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr(T::ColumnOwner), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    std::string phase;
    const ChecklistItem* clicked = nullptr;
    for (const ChecklistItem& item : checklist.items) {
        if (item.measure.fields.phase != phase) {  // a row naming the phase where it changes
            phase = item.measure.fields.phase;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", phaseLabel(phase, language));
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string label = item.measure.fields.code + "##m" + std::to_string(item.measure.id);
        if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_SpanAllColumns)) clicked = &item;
        anchorLastItem("progress-measure-" + item.measure.fields.code);
        if (ImGui::IsItemHovered() && !item.measure.fields.partners.empty()) {
            ImGui::SetTooltip("%s: %s", tr(T::ColumnPartners), item.measure.fields.partners.c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", measureTitle(item.measure).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(statusLabel(item.current.status, language));
        ImGui::TableNextColumn();
        const std::string due = formatDate(item.current.dueDate, language);
        if (item.overdue) warningText(due + " (" + tr(T::Overdue) + ")");
        else ImGui::TextUnformatted(due.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", item.current.owner.c_str());
    }
    ImGui::EndTable();
    if (clicked) openStatusForm(state, area, *clicked, day);
}

}  // namespace

void drawProgressTab(AppState& state) {
    const Area* area = progressArea(state.areas, state.selectedCode);
    if (!area) return;
    const ProgressSnapshot& figures = state.progressView.snapshot(state.db, state.areas, state.changeCount);
    const Language language = currentLanguage();

    const std::string name = area->level == AreaLevel::Country ? std::string(tr(T::Netherlands)) : area->name;
    ImGui::TextWrapped("%s", name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s", tr(T::ReferenceDay), formatDate(figures.day, language).c_str());
    if (const Area* parent = state.areas.find(area->parentCode)) {  // one step up the roll-up
        const std::string up = parent->level == AreaLevel::Country ? std::string(tr(T::Netherlands)) : parent->name;
        if (ImGui::SmallButton(formatted(tr(T::GoUpTo), up.c_str()).c_str())) {
            state.select(parent->level == AreaLevel::Country ? "" : parent->code);
        }
        anchorLastItem("progress-parent");
    }
    if (area->level != AreaLevel::Municipality) drawListChoice(state);
    const BaselineList list = listShownFor(area, state.progressView.list);
    const auto progress = figures.now.of(area->code, list);
    const bool withChecklist = area->level == levelOf(list);
    if (!progress || !figures.now.list(list)) {
        ImGui::TextWrapped("%s", tr(T::NoList));
        return;
    }
    const AreaCache& cache = cacheFor(state, *area, figures.day, withChecklist, list);
    drawSummary(state, *area, *progress, figures, list, cache.basisLine);
    ImGui::Separator();
    drawBreakdown(tr(T::ByPhase), progress->byPhase, true, "byphase");
    drawBreakdown(tr(T::ByTopic), progress->byTopic, false, "bytopic");
    drawOverdue(cache.overdue);
    drawRollUp(state, figures.now.childrenOf(area->code, list));
    if (withChecklist) drawChecklist(state, *area, cache.checklist, figures.day);
    else ImGui::TextDisabled("%s", tr(T::ChecklistHint));
    drawStatusPopup(state);
}

void progressTabItem(AppState& state) {
    if (!baselineTab(tr(T::TabProgress), "progress")) return;
    drawProgressTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
