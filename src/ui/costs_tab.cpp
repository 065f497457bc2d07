// The "Kosten" tab of the Basisniveau workspace: the costs of the baseline measures (one-off and
// yearly) for the selected scope and year, how they add up (the scope's own costs plus its member
// areas: a region's municipalities, the country's safety regions), the national total, the
// scope's budget (entered and stored here) against the total, a chart of costs per year with the
// budget as a line (every bar labelled with its number), costs per measure, and the editable
// estimates of a municipality or region.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/checklist.h"
#include "core/costs.h"
#include "core/date_format.h"
#include "core/number_format.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/report_html.h"
#include "views/strings_progress.h"
#include "views/strings_report.h"

namespace wb::ui {
namespace {

using T = ReportText;

struct EstimateRow {
    int64_t measureId = 0;
    std::string label;
    double oneOff = 0;
    double yearly = 0;
};

// What the tab reads from the database, kept until the scope, the year or the data change.
struct CostsCache {
    long change = -1;
    std::string scope;
    int year = 0;
    std::optional<CostOverview> overview;
    std::vector<ScopeCosts> members;
    std::vector<MeasureCosts> perMeasure;
    std::vector<YearCosts> perYear;
    std::vector<EstimateRow> estimates;  // the measures of the scope's list, when it has one
    double budgetInput = 0;
};
CostsCache g_cache;
int g_year = 0;

std::string euros(double v) { return formatNumber(v, 0, currentLanguage()); }

std::string format(const char* f, const std::string& a, int b) {
    char text[512];
    std::snprintf(text, sizeof text, f, a.c_str(), b);
    return text;
}

void refresh(AppState& state, const std::string& scope) {
    if (g_cache.change == state.changeCount && g_cache.scope == scope && g_cache.year == g_year) return;
    const bool keepInput = g_cache.scope == scope && g_cache.year == g_year;
    g_cache.change = state.changeCount;
    g_cache.scope = scope;
    g_cache.year = g_year;
    g_cache.overview = CostOverview::compute(state.db, state.areas, g_year);
    const Area* area = state.areas.find(scope);
    g_cache.members = g_cache.overview->membersOf(scope);
    g_cache.perMeasure = costsByMeasure(state.db, state.areas, scope, g_year);
    g_cache.perYear = costsByYear(state.db, state.areas, scope);
    g_cache.estimates.clear();
    if (area && (area->level == AreaLevel::Municipality || area->level == AreaLevel::SafetyRegion)) {
        if (const auto list = applicableList(state.db, area->level)) {
            const auto own = ownCostEstimates(state.db, scope, g_year);
            for (const Measure& m : listMeasures(state.db, list->id)) {
                EstimateRow row{m.id, m.fields.code + " " + m.fields.titleNl, 0, 0};
                if (currentLanguage() == Language::English && !m.fields.titleEn.empty()) row.label = m.fields.code + " " + m.fields.titleEn;
                for (const MeasureCosts& c : own) {
                    if (c.measureId == m.id) {
                        row.oneOff = c.amounts.oneOffEur;
                        row.yearly = c.amounts.yearlyEur;
                    }
                }
                g_cache.estimates.push_back(std::move(row));
            }
        }
    }
    if (!keepInput) g_cache.budgetInput = g_cache.overview->of(scope) ? g_cache.overview->of(scope)->budgetEur.value_or(0) : 0;
}

// A section heading: a gap, the text, a line (ImGui 1.86 has no SeparatorText).
void heading(const std::string& text) {
    ImGui::Spacing();
    ImGui::TextUnformatted(text.c_str());
    ImGui::Separator();
}

void rightAligned(const std::string& text) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetColumnWidth() - width));
    ImGui::TextUnformatted(text.c_str());
}

// One row of the members table: the area (selectable), its total, its budget.
void costRow(AppState& state, const std::string& label, const std::string& code, const ScopeCosts& c, bool selectable) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (selectable) {
        if (ImGui::Selectable((label + "##" + code).c_str(), state.selectedCode == code, ImGuiSelectableFlags_SpanAllColumns)) {
            state.select(code);
        }
    } else {
        ImGui::TextUnformatted(label.c_str());
    }
    ImGui::TableNextColumn();
    rightAligned(euros(c.total().totalEur()));
    ImGui::TableNextColumn();
    rightAligned(c.budgetEur ? euros(*c.budgetEur) : "–");
}

// Columns of a table: the first stretches, the amounts are as wide as a large amount.
void amountColumns(const char* first, std::initializer_list<T> amounts) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(first, ImGuiTableColumnFlags_WidthStretch);
    const float width = ImGui::CalcTextSize("100.000.000").x + ImGui::GetStyle().CellPadding.x * 2;
    for (T column : amounts) ImGui::TableSetupColumn(tr(column), ImGuiTableColumnFlags_WidthFixed, width);
    ImGui::TableHeadersRow();
}

// One bar of a chart: a label left of it, the amount written after it (colour is never the only
// carrier), and optionally a budget drawn as a vertical line across it and named in the text.
struct BarRow {
    std::string label;
    double value = 0;
    std::optional<double> budget;
};

void barChart(const char* title, const std::vector<BarRow>& rows) {
    if (rows.empty()) return;
    ImGui::TextUnformatted(title);
    double maximum = 1;
    float labelWidth = 0;
    for (const BarRow& r : rows) {
        maximum = std::max({maximum, r.value, r.budget.value_or(0)});
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(r.label.c_str()).x);
    }
    labelWidth += ImGui::GetFontSize() * 0.5f;
    const float rowHeight = ImGui::GetTextLineHeightWithSpacing() * 1.2f;
    const float width = ImGui::GetContentRegionAvail().x;
    const float barArea = std::max(40.0f, std::min(width * 0.3f, width - labelWidth - ImGui::GetFontSize() * 14));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImU32 barColour = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    const ImU32 lineColour = IM_COL32(179, 88, 6, 255);
    const ImU32 textColour = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 0; i < rows.size(); ++i) {
        const BarRow& r = rows[i];
        const float top = origin.y + rowHeight * static_cast<float>(i);
        const float x0 = origin.x + labelWidth;
        draw->AddText(ImVec2(origin.x, top), textColour, r.label.c_str());
        const float w = static_cast<float>(r.value / maximum) * barArea;
        draw->AddRectFilled(ImVec2(x0, top + 2), ImVec2(x0 + w, top + rowHeight - 4), barColour);
        std::string text = euros(r.value);
        float end = w;
        if (r.budget) {
            const float bx = static_cast<float>(*r.budget / maximum) * barArea;
            draw->AddLine(ImVec2(x0 + bx, top), ImVec2(x0 + bx, top + rowHeight - 2), lineColour, 2.5f);
            text += " / " + std::string(tr(T::ChartBudget)) + " " + euros(*r.budget);
            end = std::max(end, bx);
        }
        draw->AddText(ImVec2(x0 + end + 6, top), textColour, text.c_str());
    }
    ImGui::Dummy(ImVec2(width, rowHeight * static_cast<float>(rows.size())));
}

void charts() {
    std::vector<BarRow> years;
    for (const YearCosts& y : g_cache.perYear) years.push_back({std::to_string(y.year), y.amounts.totalEur(), y.budgetEur});
    barChart(tr(T::ChartByYear), years);
    std::vector<BarRow> phases;
    for (const auto& [phase, amounts] : costsByPhase(g_cache.perMeasure)) {
        phases.push_back({phaseLabel(phase, currentLanguage()), amounts.totalEur(), std::nullopt});
    }
    char title[160];
    std::snprintf(title, sizeof title, tr(T::ChartByPhase), g_year);
    barChart(title, phases);
}

void budgetEditor(AppState& state, const ScopeCosts& scope) {
    char label[256];
    std::snprintf(label, sizeof label, tr(T::EnterBudget), g_year, scope.areaName.c_str());
    ImGui::TextUnformatted(label);
    const EditingControls editing(state);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    ImGui::InputDouble("##budget", &g_cache.budgetInput, 0, 0, "%.0f");
    anchorLastItem("costs-budget");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::SaveBudget))) {
        try {
            setBudget(state.db, state.areas, scope.areaCode, g_year, g_cache.budgetInput, "");
            state.dataChanged();
            state.notify(tr(T::BudgetSaved), false);
        } catch (const std::exception& e) {
            state.notify(std::string(tr(T::BudgetInvalid)) + ": " + userMessage(e), true);
        }
    }
    anchorLastItem("costs-save-budget");
}

void estimatesEditor(AppState& state, const Area& area) {
    heading(format(tr(T::Estimates), area.name, g_year));
    ImGui::TextWrapped("%s", tr(T::EstimatesHint));
    if (!ImGui::BeginTable("##estimates", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                           ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 12))) {
        return;
    }
    amountColumns(tr(T::ColumnMeasure), {T::ShortOneOff, T::ShortYearly});
    const EditingControls editing(state);
    for (EstimateRow& row : g_cache.estimates) {
        ImGui::PushID(static_cast<int>(row.measureId));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label.c_str());
        bool edited = false;
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputDouble("##oneoff", &row.oneOff, 0, 0, "%.0f");
        edited |= ImGui::IsItemDeactivatedAfterEdit();
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputDouble("##yearly", &row.yearly, 0, 0, "%.0f");
        edited |= ImGui::IsItemDeactivatedAfterEdit();
        if (edited) {
            try {
                setCostEstimate(state.db, state.areas, row.measureId, area.code, g_year, CostAmounts{row.oneOff, row.yearly});
                state.dataChanged();
                state.notify(tr(T::EstimateSaved), false);
            } catch (const std::exception& e) {
                state.notify(std::string(tr(T::EstimateInvalid)) + ": " + userMessage(e), true);
                g_cache.change = -1;  // show the stored amounts again
            }
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void drawCosts(AppState& state) {
    if (g_year == 0) g_year = std::stoi(todayIsoDate().substr(0, 4));
    const std::string scopeCode = reportScopeCode(state.areas, state.selectedCode);
    const Area* area = state.areas.find(scopeCode);
    if (!area) return;
    ImGui::Text(tr(T::ScopeLine), area->level == AreaLevel::Country ? tr(T::Netherlands) : area->name.c_str());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt(tr(T::Year), &g_year);
    anchorLastItem("costs-year");
    g_year = std::clamp(g_year, 2000, 2100);
    refresh(state, scopeCode);
    const auto scope = g_cache.overview->of(scopeCode);
    if (!scope) return;

    const CostAmounts total = scope->total();
    if (ImGui::BeginTable("##costs-summary", 2, ImGuiTableFlags_SizingStretchProp)) {
        const std::pair<const char*, std::string> rows[] = {
            {tr(T::OneOff), euros(total.oneOffEur)},
            {tr(T::Yearly), euros(total.yearlyEur)},
            {tr(T::Total), euros(total.totalEur())},
            {tr(T::Budget), scope->budgetEur ? euros(*scope->budgetEur) : tr(T::NoBudget)},
        };
        for (const auto& [label, value] : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(label);
            ImGui::TableNextColumn();
            rightAligned(value);
        }
        ImGui::EndTable();
    }
    anchorLastItem("costs-summary");
    if (const auto left = scope->budgetLeftEur()) {
        char text[160];
        std::snprintf(text, sizeof text, tr(*left < 0 ? T::OverBudget : T::UnderBudget), euros(std::abs(*left)).c_str());
        if (*left < 0) ImGui::TextColored(ImVec4(0.7f, 0.1f, 0.1f, 1), "%s", text); else ImGui::TextUnformatted(text);
    }
    budgetEditor(state, *scope);
    if (area->level != AreaLevel::Country) {
        const auto nl = g_cache.overview->of(reportScopeCode(state.areas, ""));
        if (nl) {
            char text[256];
            std::snprintf(text, sizeof text, tr(T::NationalTotal), g_year, euros(nl->total().totalEur()).c_str(),
                          nl->budgetEur ? euros(*nl->budgetEur).c_str() : tr(T::NoBudget));
            ImGui::TextWrapped("%s", text);
        }
    }
    ImGui::Spacing();
    charts();

    if (!g_cache.members.empty()) {
        heading(format(tr(T::Members), area->level == AreaLevel::Country ? tr(T::Netherlands) : area->name, g_year));
        ImGui::TextUnformatted(tr(T::AmountsInEuro));
        if (ImGui::BeginTable("##costs-members", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                              ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 14))) {
            amountColumns(tr(T::ColumnArea), {T::ShortTotal, T::ShortBudget});
            ScopeCosts sum;
            for (const ScopeCosts& m : g_cache.members) {
                costRow(state, m.areaName, m.areaCode, m, true);
                sum.own.add(m.total());
            }
            costRow(state, tr(T::SumOfMembers), "", sum, false);
            ScopeCosts own = *scope;
            own.inside = {};
            own.budgetEur.reset();
            costRow(state, format(tr(T::OwnCosts), area->name, 0), "", own, false);
            ImGui::EndTable();
        }
    }

    heading(format(tr(T::PerMeasure), area->level == AreaLevel::Country ? tr(T::Netherlands) : area->name, g_year));
    if (g_cache.perMeasure.empty()) {
        ImGui::TextUnformatted(tr(T::NoCosts));
    } else if (ImGui::BeginTable("##costs-measures", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                                 ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 12))) {
        amountColumns(tr(T::ColumnMeasure), {T::ShortOneOff, T::ShortYearly});
        for (const MeasureCosts& m : g_cache.perMeasure) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string& title = currentLanguage() == Language::English && !m.titleEn.empty() ? m.titleEn : m.titleNl;
            ImGui::Text("%s %s", m.measureCode.c_str(), title.c_str());
            ImGui::TableNextColumn();
            rightAligned(euros(m.amounts.oneOffEur));
            ImGui::TableNextColumn();
            rightAligned(euros(m.amounts.yearlyEur));
        }
        ImGui::EndTable();
    }

    if (area->level == AreaLevel::Municipality || area->level == AreaLevel::SafetyRegion) {
        estimatesEditor(state, *area);
    } else {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", tr(T::EstimatesSelect));
    }
}

}  // namespace

void costsTabItem(AppState& state) {
    const bool open = ImGui::BeginTabItem(tr(T::TabCosts));
    anchorLastItem("baseline-costs");
    if (!open) return;
    drawCosts(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui
