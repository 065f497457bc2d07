// The costs and good practices of the selection in the accessible view: the scope's costs per
// year against its budget, the costs of this year for the scope and its member areas, costs per
// measure, and the practices from the selected area with their topic, summary and links.
#include <algorithm>
#include <cstdio>

#include "core/costs.h"
#include "core/date_format.h"
#include "core/number_format.h"
#include "core/practices.h"
#include "views/accessible_view.h"
#include "views/report_html.h"
#include "views/strings_progress.h"
#include "views/strings_report.h"

namespace wb {
namespace {

using T = ui::ReportText;

std::string formatted(const char* format, const std::string& a, int b = 0) {
    char text[512];
    std::snprintf(text, sizeof text, format, a.c_str(), b);
    return text;
}

std::string formattedYear(const char* format, int year, const std::string& a) {
    char text[512];
    std::snprintf(text, sizeof text, format, year, a.c_str());
    return text;
}

void costsBody(const AppState& state, Language language, io::HtmlWriter& html) {
    const auto t = [&](T id) { return ui::translation(id, language); };
    const auto euros = [&](double v) { return formatNumber(v, 0, language); };
    const std::string code = reportScopeCode(state.areas, state.selectedCode);
    const Area* scope = state.areas.find(code);
    if (!scope) return;
    const std::string name = scope->level == AreaLevel::Country ? t(T::Netherlands) : scope->name;
    const int year = std::stoi(todayIsoDate().substr(0, 4));

    html.open("table").element("caption", t(T::ChartByYear));
    html.open("thead").open("tr");
    for (T id : {T::Year, T::OneOff, T::Yearly, T::Total, T::Budget}) html.element("th", t(id), {{"scope", "col"}});
    html.close().close().open("tbody");
    for (const YearCosts& y : costsByYear(state.db, state.areas, code)) {
        html.open("tr").element("th", std::to_string(y.year), {{"scope", "row"}});
        html.element("td", euros(y.amounts.oneOffEur)).element("td", euros(y.amounts.yearlyEur));
        html.element("td", euros(y.amounts.totalEur())).element("td", y.budgetEur ? euros(*y.budgetEur) : t(T::NoBudget));
        html.close();
    }
    html.close().close();

    const CostOverview overview = CostOverview::compute(state.db, state.areas, year);
    writeCostTable(html, formatted(t(T::A11yCostsCaption), name, year), *overview.of(code),
                   overview.membersOf(code), language);

    const auto perMeasure = costsByMeasure(state.db, state.areas, code, year);
    html.open("table").element("caption", formattedYear(t(T::ChartByPhase), year, "") + " · " + name);
    html.open("thead").open("tr");
    for (T id : {T::Part, T::OneOff, T::Yearly, T::Total}) html.element("th", t(id), {{"scope", "col"}});
    html.close().close().open("tbody");
    for (const auto& [phase, amounts] : costsByPhase(perMeasure)) {
        html.open("tr").element("th", ui::phaseLabel(phase, language), {{"scope", "row"}});
        html.element("td", euros(amounts.oneOffEur)).element("td", euros(amounts.yearlyEur)).element("td", euros(amounts.totalEur()));
        html.close();
    }
    html.close().close();

    html.open("table").element("caption", formatted(t(T::A11yMeasureCaption), name, year));
    html.open("thead").open("tr");
    for (T id : {T::ColumnMeasure, T::OneOff, T::Yearly}) html.element("th", t(id), {{"scope", "col"}});
    html.close().close().open("tbody");
    for (const MeasureCosts& m : perMeasure) {
        const std::string& title = language == Language::English && !m.titleEn.empty() ? m.titleEn : m.titleNl;
        html.open("tr").element("th", m.measureCode + " " + title, {{"scope", "row"}});
        html.element("td", euros(m.amounts.oneOffEur)).element("td", euros(m.amounts.yearlyEur)).close();
    }
    html.close().close();
}

void practicesBody(const AppState& state, Language language, io::HtmlWriter& html) {
    const auto t = [&](T id) { return ui::translation(id, language); };
    PracticeSearch search;
    search.areaCode = state.areas.find(state.selectedCode) ? state.selectedCode : "";
    search.limit = 200;
    const auto hits = searchPractices(state.db, search);
    if (hits.empty()) {
        html.element("p", t(T::NoneFound));
        return;
    }
    html.open("ul");
    for (const PracticeHit& hit : hits) {
        const Practice& p = hit.practice;
        html.open("li").element("strong", p.title);
        std::string facts = " (" + (p.ownerAreaName.empty() ? p.ownerAreaCode : p.ownerAreaName);
        if (!p.topic.empty()) facts += ", " + ui::topicLabel(p.topic, language);
        if (!p.published.empty()) facts += ", " + formatDate(p.published, language);
        html.text(facts + "). ").text(p.summary);
        if (!p.measures.empty()) {
            std::string codes;
            for (const LinkedMeasure& m : p.measures) codes += (codes.empty() ? "" : ", ") + m.code + " " + m.titleNl;
            html.text(std::string(" ") + t(T::LinkedMeasures) + ": " + codes + ".");
        }
        if (!p.scenarios.empty()) {
            std::string names;
            for (const LinkedScenario& s : p.scenarios) names += (names.empty() ? "" : ", ") + s.nameNl;
            html.text(std::string(" ") + t(T::LinkedScenarios) + ": " + names + ".");
        }
        html.close();
    }
    html.close();
}

}  // namespace

std::vector<AccessibleSection> costsSections(const AppState& state, Language language) {
    const Area* selected = state.areas.find(state.selectedCode);
    const std::string name = selected ? selected->name : ui::translation(T::Netherlands, language);
    std::vector<AccessibleSection> out;
    out.push_back({"a11y-costs", formattedYear(ui::translation(T::A11yCosts, language), std::stoi(todayIsoDate().substr(0, 4)), name),
                   [&state, language](io::HtmlWriter& html) { costsBody(state, language, html); }});
    out.push_back({"a11y-practices", formatted(ui::translation(T::A11yPractices, language), name),
                   [&state, language](io::HtmlWriter& html) { practicesBody(state, language, html); }});
    return out;
}

}  // namespace wb
