// The "Rapportage" tab of the Basisniveau workspace: the board report ("voortgangsrapportage")
// for the selection or the Netherlands on a chosen day. "Rapport maken" downloads a printable
// HTML page (A4) and a CSV of its figures (made by views/report_html.h, the same code as
// Dashboard.report); "Momentopname opslaan" keeps the figures so the next report shows the change.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/checklist.h"
#include "core/date_format.h"
#include "core/number_format.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/report_html.h"
#include "views/strings_report.h"

namespace wb::ui {
namespace {

using T = ReportText;

struct ReportTab {
    bool wholeCountry = false;
    char date[16] = "";
    // The snapshot the report would compare with, looked up when scope, day or data change.
    long change = -1;
    std::string key;
    std::optional<ReportSnapshot> previous;
    std::optional<ReportFigures> figures;  // the headline figures shown before the report is made
    std::string error;
};
ReportTab g_tab;

std::string scopeName(const AppState& state, const std::string& code) {
    const Area* area = state.areas.find(code);
    return !area || area->level == AreaLevel::Country ? tr(T::Netherlands) : area->name;
}

void lookUpPrevious(const AppState& state, const std::string& scope) {
    const std::string key = scope + "@" + g_tab.date;
    if (g_tab.change == state.changeCount && g_tab.key == key) return;
    g_tab.change = state.changeCount;
    g_tab.key = key;
    g_tab.previous.reset();
    g_tab.figures.reset();
    g_tab.error.clear();
    try {
        g_tab.previous = previousSnapshot(state.db, scope, g_tab.date);
        g_tab.figures = reportFigures(state.db, state.areas, scope, g_tab.date);
    } catch (const std::exception& e) {
        g_tab.error = userMessage(e);
    }
}

// What the report will say at the top: per list the share done and the change since the last
// snapshot, what is overdue, and the costs of the year against the budget.
void headline() {
    if (!g_tab.figures) return;
    const ReportFigures& f = *g_tab.figures;
    const Language language = currentLanguage();
    std::vector<std::pair<std::string, std::string>> rows;
    std::vector<ReportChange> changes;
    if (g_tab.previous) changes = changeSinceSnapshot(f, *g_tab.previous);
    for (size_t i = 0; i < f.lists.size(); ++i) {
        const ReportListProgress& list = f.lists[i];
        const std::string name = tr(list.list == BaselineList::Municipalities ? T::ListMunicipalities : T::ListRegions);
        const auto percent = list.progress.overall.percentDone();
        rows.emplace_back(name + " · " + tr(T::PercentDone), percent ? formatNumber(*percent, 1, language) : tr(T::NoData));
        if (i < changes.size() && changes[i].changePoints) {
            char label[200];
            std::snprintf(label, sizeof label, tr(T::ChangeSnapshot), formatDate(g_tab.previous->asOf, language).c_str());
            rows.emplace_back(name + " · " + label, (*changes[i].changePoints > 0 ? "+" : "") + formatNumber(*changes[i].changePoints, 1, language));
        }
    }
    rows.emplace_back(tr(T::OverdueHeading), std::to_string(f.overdueCount));
    rows.emplace_back(std::string(tr(T::Total)) + " " + std::to_string(f.costs.year), formatNumber(f.costs.total().totalEur(), 0, language));
    rows.emplace_back(std::string(tr(T::Budget)) + " " + std::to_string(f.costs.year),
                      f.costs.budgetEur ? formatNumber(*f.costs.budgetEur, 0, language) : tr(T::NoBudget));
    if (!ImGui::BeginTable("##report-headline", 2, ImGuiTableFlags_RowBg)) return;
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("100.000.000").x);
    for (const auto& [label, value] : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", label.c_str());
        ImGui::TableNextColumn();
        const float width = ImGui::CalcTextSize(value.c_str()).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetColumnWidth() - width));
        ImGui::TextUnformatted(value.c_str());
    }
    ImGui::EndTable();
}

void drawReport(AppState& state) {
    if (!g_tab.date[0]) std::snprintf(g_tab.date, sizeof g_tab.date, "%s", todayIsoDate().c_str());
    const std::string selection = reportScopeCode(state.areas, state.selectedCode);
    const bool hasSelection = selection != reportScopeCode(state.areas, "");
    if (!hasSelection) g_tab.wholeCountry = true;

    ImGui::TextUnformatted(tr(T::ReportScope));
    char label[200];
    std::snprintf(label, sizeof label, tr(T::ScopeSelection), scopeName(state, selection).c_str());
    if (hasSelection && ImGui::RadioButton(label, !g_tab.wholeCountry)) g_tab.wholeCountry = false;
    anchorLastItem("report-scope-selection");
    if (ImGui::RadioButton(tr(T::Netherlands), g_tab.wholeCountry)) g_tab.wholeCountry = true;
    anchorLastItem("report-scope-country");
    const std::string scope = g_tab.wholeCountry ? reportScopeCode(state.areas, "") : selection;

    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    ImGui::InputText(tr(T::ReportDate), g_tab.date, sizeof g_tab.date);
    anchorLastItem("report-date");
    const bool dateValid = isIsoDate(g_tab.date);
    if (!dateValid) {
        ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", tr(T::DateInvalid));
        return;
    }
    lookUpPrevious(state, scope);
    if (g_tab.previous) ImGui::TextWrapped(tr(T::ComparesWith), formatDate(g_tab.previous->asOf, currentLanguage()).c_str());
    else ImGui::TextWrapped("%s", tr(T::NoSnapshot));
    if (!g_tab.error.empty()) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", g_tab.error.c_str());
    headline();

    ImGui::Spacing();
    if (ImGui::Button(tr(T::MakeReport))) {
        state.requests.reportScope = scope;
        state.requests.reportDate = g_tab.date;
    }
    anchorLastItem("report-make");
    ImGui::SameLine();
    {
        const EditingControls editing(state);  // a snapshot is written into the database
        if (ImGui::Button(tr(T::SaveSnapshot))) {
            try {
                saveReportSnapshotOf(state, scope, g_tab.date);
                char text[256];
                std::snprintf(text, sizeof text, tr(T::SnapshotSaved), scopeName(state, scope).c_str(),
                              formatDate(g_tab.date, currentLanguage()).c_str());
                state.notify(text, false);
            } catch (const std::exception& e) {
                state.notify(std::string(tr(T::SnapshotFailed)) + ": " + userMessage(e), true);
            }
        }
        anchorLastItem("report-snapshot");
    }
    ImGui::TextWrapped("%s", tr(T::MakeReportHint));
}

}  // namespace

void reportTabItem(AppState& state) {
    const bool open = ImGui::BeginTabItem(tr(T::TabReport));
    anchorLastItem("baseline-report");
    if (!open) return;
    drawReport(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
