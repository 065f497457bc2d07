// The "Opdrachten" tab of the Basisniveau workspace: the 14 national assignments (VNG 1-7,
// Veiligheidsberaad 1-7) as one table a board member reads in a minute: a line of counts per
// status and overdue on top, then per assignment its status, owner, due date (overdue in words
// and colour) and how far its linked measures have come in the selected area (or the whole
// country); at a region or the country also how its municipalities (or regions) stand on it as
// they delivered it. The own organisation's status, owner and due date are updated in a small form.
#include <imgui.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/assignment_statuses.h"
#include "core/assignments.h"
#include "core/date_format.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/progress_widgets.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/basis_lines.h"
#include "views/strings.h"
#include "views/strings_basis.h"
#include "views/strings_progress.h"

namespace wb::ui {
namespace {

using T = ProgressText;

constexpr const char* kAssignmentPopup = "###assignment-edit";
constexpr const char* kStatuses[] = {"not_started", "in_progress", "done"};

struct AssignmentForm {
    int64_t id = 0;
    std::string title;
    std::string status;
    char owner[128] = "";
    char due[16] = "";
    std::string error;
};
AssignmentForm g_form;

// How the areas of a region or the country stand per assignment, as delivered: read once per
// change, not every frame.
struct StandingsCache {
    const void* db = nullptr;
    std::string scope;
    long change = -1;
    std::vector<AssignmentStanding> standings;
};
StandingsCache g_standings;

const std::vector<AssignmentStanding>& standingsFor(AppState& state, const std::string& scopeCode) {
    if (g_standings.db != state.db.handle() || g_standings.scope != scopeCode || g_standings.change != state.changeCount) {
        g_standings = StandingsCache{state.db.handle(), scopeCode, state.changeCount,
                                     assignmentStandings(state.db, state.areas, scopeCode)};
    }
    return g_standings.standings;
}

const AssignmentStanding* standingOf(const std::vector<AssignmentStanding>& all, const AssignmentRow& row) {
    for (const AssignmentStanding& s : all) {
        if (s.board == row.board && s.number == row.number) return &s;
    }
    return nullptr;
}

std::string title(const AssignmentRow& row) {
    const std::string& text = currentLanguage() == Language::English && !row.titleEn.empty() ? row.titleEn : row.titleNl;
    return row.board + " " + std::to_string(row.number) + ": " + text;
}

void openForm(const AssignmentRow& row) {
    g_form = AssignmentForm{};
    g_form.id = row.id;
    g_form.title = title(row);
    g_form.status = row.status;
    copyInto(g_form.owner, row.owner);
    copyInto(g_form.due, row.dueDate);
}

void drawForm(AppState& state) {
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0), ImGuiCond_Appearing);
    const std::string heading = std::string(tr(T::EditAssignment)) + kAssignmentPopup;
    const FramedFields framed;  // pushed around the popup's Begin and End
    if (!ImGui::BeginPopupModal(heading.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
    ImGui::TextWrapped("%s", g_form.title.c_str());
    ImGui::PopTextWrapPos();
    for (const char* status : kStatuses) {
        if (status != kStatuses[0]) ImGui::SameLine();
        if (ImGui::RadioButton(assignmentStatusLabel(status, currentLanguage()), g_form.status == status)) g_form.status = status;
        anchorLastItem(std::string("assignment-status-") + status);
    }
    labelledInput(tr(T::FieldOwner), "assignment-owner", g_form.owner, sizeof g_form.owner);
    labelledInput(tr(T::FieldDueDate), "assignment-due", g_form.due, sizeof g_form.due);
    if (!g_form.error.empty()) warningText(g_form.error);
    if (ImGui::Button(tr(T::Save))) {
        try {
            updateAssignment(state.db, g_form.id, g_form.status, g_form.owner, g_form.due);
            state.dataChanged();
            state.notify(std::string(tr(T::SavedAssignment)) + ": " + g_form.title, false);
            ImGui::CloseCurrentPopup();
        } catch (const std::invalid_argument& e) {
            g_form.error = std::string(tr(T::InvalidInput)) + ": " + userMessage(e);
        }
    }
    anchorLastItem("assignment-save");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::Cancel)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void drawSummary(const AssignmentCounts& counts) {
    ImGui::TextWrapped("%s", formatted(tr(T::AssignmentsSummary), counts.done, counts.inProgress, counts.notStarted).c_str());
    if (counts.overdue > 0) {
        ImGui::SameLine();
        warningText(formatted(tr(T::AssignmentsOverdue), counts.overdue));
    }
    // One bar of the whole: the share of assignments done.
    const int total = counts.done + counts.inProgress + counts.notStarted;
    if (total > 0) {
        const std::string overlay = std::to_string(counts.done) + "/" + std::to_string(total) + " " + tr(T::PercentDone);
        ImGui::ProgressBar(static_cast<float>(counts.done) / total, ImVec2(-1, 0), overlay.c_str());
    }
}

}  // namespace

void drawAssignmentsTab(AppState& state) {
    const ProgressSnapshot& figures = state.progressView.snapshot(state.db, state.areas, state.changeCount);
    const Area* scope = progressArea(state.areas, state.selectedCode);
    if (!scope) return;
    const std::vector<AssignmentRow> rows = assignmentOverview(state.db, figures.now, scope->code);
    const std::vector<AssignmentStanding>& standings = standingsFor(state, scope->code);
    const Language language = currentLanguage();

    ImGui::TextWrapped("%s", tr(T::AssignmentsIntro));
    drawSummary(countAssignments(rows));
    const std::string scopeName = scope->level == AreaLevel::Country ? std::string(tr(T::Netherlands)) : scope->name;
    ImGui::TextDisabled("%s %s, %s %s", tr(T::ScopeLabel), scopeName.c_str(), tr(T::ReferenceDay),
                        formatDate(figures.day, language).c_str());

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    const AssignmentRow* clicked = nullptr;
    // Two columns that fit the side panel: what the assignment is, who has it and when it is due;
    // then its status and how far its linked measures are.
    if (ImGui::BeginTable("##assignments", 2, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr(T::ColumnAssignment), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(tr(T::ColumnStatus), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        for (const AssignmentRow& row : rows) {
            ImGui::PushID(static_cast<int>(row.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", title(row).c_str());
            ImGui::TextDisabled("%s: %s", tr(T::ColumnOwner), row.owner.c_str());
            const std::string due = std::string(tr(T::ColumnDue)) + ": " + formatDate(row.dueDate, language);
            if (row.overdue) warningText(due + " (" + tr(T::Overdue) + ")");
            else ImGui::TextDisabled("%s", due.c_str());
            {
                const EditingControls editing(state);
                if (ImGui::SmallButton(tr(T::EditAssignment))) clicked = &row;
                anchorLastItem("assignment-" + row.board + "-" + std::to_string(row.number));
            }
            // At a region or the country, how the areas answering to the board stand, as delivered.
            if (const AssignmentStanding* standing = standingOf(standings, row)) {
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s: %s", tr(BasisText::StandingHeading), assignmentStandingLine(*standing, language).c_str());
                ImGui::PopStyleColor();
                anchorLastItem("assignment-standing-" + row.board + "-" + std::to_string(row.number));
            }
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(assignmentStatusLabel(row.status, language));
            if (row.measureCodes.empty()) {
                ImGui::TextDisabled("-");
            } else {
                std::string codes;
                for (const std::string& code : row.measureCodes) codes += (codes.empty() ? "" : ", ") + code;
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextWrapped("%s", tr(T::ColumnLinkedProgress));
                ImGui::PopStyleColor();
                progressCountBar(nullptr, row.measureProgress);
                if (ImGui::IsItemHovered()) {
                    ImGui::SetTooltip("%s", (formatted(tr(T::LinkedMeasures), scopeName.c_str()) + ": " + codes).c_str());
                }
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (clicked) {
        openForm(*clicked);
        ImGui::OpenPopup(kAssignmentPopup);
    }
    drawForm(state);
}

void assignmentsTabItem(AppState& state) {
    if (!baselineTab(tr(T::TabAssignments), "assignments")) return;
    drawAssignmentsTab(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
