#include "views/report_html.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/date_format.h"
#include "core/meta.h"
#include "core/number_format.h"
#include "io/csv_writer.h"
#include "io/html_writer.h"
#include "views/basis_lines.h"
#include "views/strings_basis.h"
#include "views/strings_progress.h"
#include "views/strings_report.h"

namespace wb {
namespace {

using io::HtmlWriter;
using T = ui::ReportText;

// Print first: A4 pages with margins, sections that start a page, tables that do not split rows,
// colours that survive black-and-white printing (the numbers are always written out). Constant
// text of the program (no data inside), so it is written as is.
constexpr const char* kCss = R"(
@page { size: A4; margin: 16mm 14mm; }
body { font-family: system-ui, sans-serif; font-size: 10.5pt; color: #1a1a1a; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; }
p.meta { color: #444; margin: 0; }
p.notice { border: 1px solid #b35806; padding: 1mm 2mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
caption { text-align: left; font-weight: 600; padding-bottom: 1mm; }
table { font-size: 9pt; }
th, td { border-bottom: 1px solid #ccc; padding: 0.6mm 1.2mm; text-align: left; vertical-align: bottom; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
figure { margin: 2mm 0 4mm; }
figcaption { font-size: 9pt; color: #444; }
tr { break-inside: avoid; }
img.map { width: 100%; max-height: 150mm; object-fit: contain; border: 1px solid #ccc; }
svg { width: 100%; height: auto; }
svg text { font-family: system-ui, sans-serif; font-size: 11px; fill: #1a1a1a; }
.new-page { break-before: page; }
@media screen { body { padding: 8mm; } }
@media print { a { color: inherit; text-decoration: none; } }
)";

std::string printf1(const char* format, const std::string& a) {
    char text[512];
    std::snprintf(text, sizeof text, format, a.c_str());
    return text;
}
std::string printfInt(const char* format, int a) {
    char text[512];
    std::snprintf(text, sizeof text, format, a);
    return text;
}
std::string printfSInt(const char* format, const std::string& a, int b) {
    char text[512];
    std::snprintf(text, sizeof text, format, a.c_str(), b);
    return text;
}

std::string svgNumber(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

const char* listKey(BaselineList list) { return list == BaselineList::Municipalities ? "municipalities" : "safety_regions"; }

// The figures of the previous snapshot for one list, if it has them.
const ReportHeadline::ListFigure* previousList(const ReportContext& context, BaselineList list) {
    if (!context.previous) return nullptr;
    for (const auto& figure : context.previous->headline.lists) {
        if (figure.list == listKey(list)) return &figure;
    }
    return nullptr;
}

std::optional<double> previousChildPercent(const ReportHeadline::ListFigure* figure, const std::string& code) {
    if (!figure) return std::nullopt;
    for (const auto& [childCode, percent] : figure->children) {
        if (childCode == code) return percent;
    }
    return std::nullopt;
}

std::optional<double> difference(const std::optional<double>& now, const std::optional<double>& before) {
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

void costRow(HtmlWriter& html, const ScopeCosts& c, const std::string& label, Language language) {
    const auto euros = [&](double v) { return formatNumber(v, 0, language); };
    const auto number = [&](const std::string& text) { html.element("td", text, {{"class", "n"}}); };
    const CostAmounts total = c.total();
    html.open("tr").element("th", label, {{"scope", "row"}});
    number(euros(total.oneOffEur));
    number(euros(total.yearlyEur));
    number(euros(total.totalEur()));
    number(c.budgetEur ? euros(*c.budgetEur) : ui::translation(T::NoBudget, language));
    number(c.budgetLeftEur() ? euros(*c.budgetLeftEur()) : "–");
    html.close();
}

class ReportPage {
public:
    ReportPage(const ReportFigures& figures, const ReportContext& context, Language language)
        : f_(figures), c_(context), language_(language) {}

    std::string build() {
        const std::string title = printf1(t(T::PageTitle), f_.scopeName);
        html_.open("header");
        html_.element("h1", title);
        html_.element("p", printf1(t(T::PageAsOf), formatDate(f_.asOf, language_)) + " · " + f_.scopeCode, {{"class", "meta"}});
        html_.element("p", printf1(t(T::PageMade), formatDate(c_.madeOn, language_)), {{"class", "meta"}});
        if (!c_.exampleNotice.empty()) html_.element("p", c_.exampleNotice, {{"class", "notice"}});
        for (size_t i = 0; i < c_.basisLines.size(); ++i) {
            html_.element("p", c_.basisLines[i], {{"class", "meta"}, {"id", i == 0 ? "delivery" : "delivery-" + std::to_string(i + 1)}});
        }
        html_.close();
        if (!c_.mapPng.empty()) {
            html_.open("section").element("h2", t(T::PageMap));
            html_.voidElement("img", {{"class", "map"},
                                      {"src", "data:image/png;base64," + base64Encode(c_.mapPng)},
                                      {"alt", printf1(t(T::PageMapAlt), f_.scopeName)}});
            html_.close();
        }
        summary();
        for (const ReportListProgress& list : f_.lists) listDetail(list);
        assignments();
        overdue();
        costs();
        return io::htmlPage(languageCode(language_), title, kCss, html_);
    }

private:
    const char* t(T id) const { return ui::translation(id, language_); }
    std::string percent(const std::optional<double>& p) const { return p ? formatNumber(*p, 1, language_) : t(T::NoData); }
    std::string points(const std::optional<double>& p) const {
        if (!p) return "–";
        return (*p > 0 ? "+" : "") + formatNumber(*p, 1, language_);
    }
    std::string euros(double v) const { return formatNumber(v, 0, language_); }
    std::string listName(const ReportListProgress& list) const {
        return t(list.list == BaselineList::Municipalities ? T::ListMunicipalities : T::ListRegions);
    }

    // `extra`: one more text column at the end when not empty.
    void headerRow(std::initializer_list<std::pair<std::string, bool>> columns, const char* extra = "") {
        html_.open("thead").open("tr");
        for (const auto& [label, numeric] : columns) {
            if (numeric) html_.element("th", label, {{"scope", "col"}, {"class", "n"}});
            else html_.element("th", label, {{"scope", "col"}});
        }
        if (*extra) html_.element("th", extra, {{"scope", "col"}});
        html_.close().close();
    }
    void number(const std::string& text) { html_.element("td", text, {{"class", "n"}}); }

    void countCells(const ProgressCount& c) {
        for (int v : {c.measures, c.done, c.inProgress, c.notStarted(), c.notApplicable, c.overdue}) number(std::to_string(v));
        number(percent(c.percentDone()));
    }
    void countHeader(const std::string& first) {
        headerRow({{first, false}, {t(T::Measures), true}, {t(T::Done), true}, {t(T::InProgress), true},
                   {t(T::NotStarted), true}, {t(T::NotApplicable), true}, {t(T::Overdue), true}, {t(T::PercentDone), true}});
    }

    void summary() {
        html_.open("section").element("h2", t(T::PageSummary));
        if (f_.lists.empty()) html_.element("p", t(T::NoData));
        for (const ReportListProgress& list : f_.lists) {
            const ProgressCount& c = list.progress.overall;
            const auto* before = previousList(c_, list.list);
            html_.open("table").element("caption", listName(list) + (list.listName.empty() ? "" : " (" + list.listName + ")"));
            html_.open("tbody");
            const std::pair<std::string, std::string> rows[] = {
                {t(T::PercentDone), percent(c.percentDone())},
                {t(T::Measures), std::to_string(c.measures)},
                {t(T::Done), std::to_string(c.done)},
                {t(T::InProgress), std::to_string(c.inProgress)},
                {t(T::NotStarted), std::to_string(c.notStarted())},
                {t(T::NotApplicable), std::to_string(c.notApplicable)},
                {t(T::Overdue), std::to_string(c.overdue)},
                {printf1(t(T::ChangeQuarter), formatDate(f_.quarterAgo, language_)), points(list.changePoints)},
                {c_.previous ? printf1(t(T::ChangeSnapshot), formatDate(c_.previous->asOf, language_)) : std::string(),
                 points(difference(c.percentDone(), before ? before->percentDone : std::nullopt))},
            };
            for (const auto& [label, value] : rows) {
                if (label.empty()) continue;  // no snapshot to compare with
                html_.open("tr").element("th", label, {{"scope", "row"}});
                number(value);
                html_.close();
            }
            html_.close().close();
        }
        html_.close();
    }

    // Horizontal bars with the value written after each bar (colour is never the only carrier);
    // an optional marker per row (a budget) drawn as a vertical line and named in the label.
    struct Bar {
        std::string label;
        std::optional<double> value;
        std::string valueText;
        std::optional<double> marker;
    };
    void barChart(const std::string& caption, const std::vector<Bar>& bars, double maximum) {
        constexpr double kLabel = 190, kBars = 330, kRow = 18, kWidth = 640;
        const double height = kRow * static_cast<double>(bars.size()) + 6;
        if (maximum <= 0) maximum = 1;
        html_.open("figure");
        html_.open("svg", {{"viewBox", "0 0 " + svgNumber(kWidth) + " " + svgNumber(height)},
                           {"role", "img"},
                           {"aria-label", caption},
                           {"xmlns", "http://www.w3.org/2000/svg"}});
        for (size_t i = 0; i < bars.size(); ++i) {
            const Bar& bar = bars[i];
            const double y = kRow * static_cast<double>(i) + 3;
            std::string label = bar.label;
            if (label.size() > 30) label = label.substr(0, 28) + "…";
            html_.element("text", label, {{"x", svgNumber(kLabel - 6)}, {"y", svgNumber(y + 12)}, {"text-anchor", "end"}});
            const double w = bar.value ? std::max(0.0, *bar.value) / maximum * kBars : 0;
            html_.open("rect", {{"x", svgNumber(kLabel)}, {"y", svgNumber(y + 2)}, {"width", svgNumber(w)}, {"height", "12"},
                                {"fill", "#3b6ea8"}}).close();
            if (bar.marker) {
                const double x = kLabel + std::max(0.0, *bar.marker) / maximum * kBars;
                html_.open("line", {{"x1", svgNumber(x)}, {"x2", svgNumber(x)}, {"y1", svgNumber(y)}, {"y2", svgNumber(y + 16)},
                                    {"stroke", "#b35806"}, {"stroke-width", "2"}}).close();
            }
            html_.element("text", bar.valueText, {{"x", svgNumber(kLabel + w + 5)}, {"y", svgNumber(y + 12)}});
        }
        html_.close();
        html_.element("figcaption", caption);
        html_.close();
    }

    void keyedTable(const std::string& caption, const std::vector<KeyedProgress>& rows, bool phases) {
        html_.open("table").element("caption", caption);
        countHeader(t(T::Part));
        html_.open("tbody");
        for (const KeyedProgress& row : rows) {
            const std::string label = phases ? ui::phaseLabel(row.key, language_) : ui::topicLabel(row.key, language_);
            html_.open("tr").element("th", label, {{"scope", "row"}});
            countCells(row.count);
            html_.close();
        }
        html_.close().close();
    }

    void listDetail(const ReportListProgress& list) {
        const std::string name = listName(list);
        html_.open("section", {{"class", "new-page"}}).element("h2", name);
        std::vector<Bar> phaseBars;
        for (const KeyedProgress& row : list.progress.byPhase) {
            const auto p = row.count.percentDone();
            phaseBars.push_back({ui::phaseLabel(row.key, language_), p, p ? percent(p) + " %" : t(T::NoData), std::nullopt});
        }
        barChart(printf1(t(T::ByPhase), name) + " · " + t(T::PercentDone), phaseBars, 100);
        keyedTable(printf1(t(T::ByPhase), name), list.progress.byPhase, true);
        keyedTable(printf1(t(T::ByTopic), name), list.progress.byTopic, false);
        if (!list.children.empty()) {
            const auto* before = previousList(c_, list.list);
            std::vector<Bar> areaBars;
            for (const AreaProgress& child : list.children) {
                const auto p = child.overall.percentDone();
                areaBars.push_back({child.areaName, p, p ? percent(p) + " %" : t(T::NoData), std::nullopt});
            }
            barChart(printf1(t(T::ByArea), name) + " · " + t(T::PercentDone), areaBars, 100);
            html_.open("table").element("caption", printf1(t(T::ByArea), name));
            html_.open("thead").open("tr");
            for (const char* label : {t(T::ColumnArea), t(T::ColumnCode)}) html_.element("th", label, {{"scope", "col"}});
            for (T id : {T::Measures, T::Done, T::InProgress, T::NotStarted, T::NotApplicable, T::Overdue, T::PercentDone}) {
                html_.element("th", t(id), {{"scope", "col"}, {"class", "n"}});
            }
            if (before) html_.element("th", printf1(t(T::ChangeSnapshot), formatDate(c_.previous->asOf, language_)),
                                      {{"scope", "col"}, {"class", "n"}});
            html_.close().close().open("tbody");
            for (const AreaProgress& child : list.children) {
                html_.open("tr").element("th", child.areaName, {{"scope", "row"}}).element("td", child.areaCode);
                countCells(child.overall);
                if (before) number(points(difference(child.overall.percentDone(), previousChildPercent(before, child.areaCode))));
                html_.close();
            }
            html_.close().close();
        }
        html_.close();
    }

    void assignments() {
        if (f_.assignments.empty()) return;
        html_.open("section", {{"class", "new-page"}}).element("h2", t(T::Assignments));
        html_.open("table").element("caption", t(T::Assignments));
        headerRow({{t(T::Assignment), false}, {t(T::Status), false}, {t(T::OwnerColumn), false}, {t(T::Due), false},
                   {t(T::LinkedDone), true}},
                  c_.standings.empty() ? "" : ui::translation(ui::BasisText::StandingHeading, language_));
        html_.open("tbody");
        for (const AssignmentRow& a : f_.assignments) {
            const std::string title = language_ == Language::Dutch || a.titleEn.empty() ? a.titleNl : a.titleEn;
            html_.open("tr").element("th", a.board + " " + std::to_string(a.number) + ". " + title, {{"scope", "row"}});
            std::string status = ui::assignmentStatusLabel(a.status, language_);
            if (a.overdue) status += std::string(" (") + t(T::Overdue) + ")";
            html_.element("td", status).element("td", a.owner).element("td", formatDate(a.dueDate, language_));
            number(percent(a.measureProgress.percentDone()));
            if (!c_.standings.empty()) {
                std::string standing;
                for (const AssignmentStanding& s : c_.standings) {
                    if (s.board == a.board && s.number == a.number) standing = assignmentStandingLine(s, language_);
                }
                html_.element("td", standing);
            }
            html_.close();
        }
        html_.close().close().close();
    }

    void overdue() {
        html_.open("section").element("h2", t(T::OverdueHeading));
        if (f_.overdueCount == 0) {
            html_.element("p", t(T::OverdueNone)).close();
            return;
        }
        std::string line = printfInt(t(T::OverdueCount), f_.overdueCount);
        if (static_cast<size_t>(f_.overdueCount) > f_.overdue.size()) line += " " + printfInt(t(T::OverdueShown), static_cast<int>(f_.overdue.size()));
        html_.element("p", line);
        html_.open("table").element("caption", t(T::OverdueHeading));
        headerRow({{t(T::ColumnArea), false}, {t(T::ColumnMeasure), false}, {t(T::Status), false}, {t(T::Due), false},
                   {t(T::OwnerColumn), false}});
        html_.open("tbody");
        for (const OverdueMeasure& o : f_.overdue) {
            const std::string title = language_ == Language::Dutch || o.measureTitleEn.empty() ? o.measureTitleNl : o.measureTitleEn;
            html_.open("tr").element("th", o.areaName, {{"scope", "row"}}).element("td", o.measureCode + " " + title);
            html_.element("td", ui::statusLabel(o.status, language_)).element("td", formatDate(o.dueDate, language_));
            html_.element("td", o.owner).close();
        }
        html_.close().close().close();
    }

    void costs() {
        const int year = f_.costs.year;
        html_.open("section", {{"class", "new-page"}}).element("h2", printfInt(t(T::CostsHeading), year));
        writeCostTable(html_, printfSInt(t(T::CostsOf), f_.scopeName, year), f_.costs, f_.childCosts, language_);
        if (!f_.childCosts.empty()) {
            double maximum = 0;
            std::vector<Bar> bars;
            for (const ScopeCosts& child : f_.childCosts) {
                const double total = child.total().totalEur();
                maximum = std::max({maximum, total, child.budgetEur.value_or(0)});
                std::string text = euros(total);
                if (child.budgetEur) text += " / " + euros(*child.budgetEur);
                bars.push_back({child.areaName, total, text, child.budgetEur});
            }
            barChart(std::string(t(T::ChartCosts)) + " · " + t(T::ChartLegend), bars, maximum);
        }
        html_.close();
    }

    const ReportFigures& f_;
    const ReportContext& c_;
    Language language_;
    HtmlWriter html_;
};

class ReportCsv {
public:
    ReportCsv(const ReportFigures& figures, const ReportContext& context, Language language)
        : f_(figures), c_(context), language_(language), csv_(io::CsvStyle::forLanguage(language)) {}

    std::string build() {
        for (T id : {T::CsvSection, T::CsvList, T::CsvCode, T::CsvName, T::CsvFigure, T::CsvValue}) csv_.field(ui::translation(id, language_));
        csv_.endRow();
        for (const ReportListProgress& list : f_.lists) {
            const char* key = listKey(list.list);
            const auto* before = previousList(c_, list.list);
            counts("scope", key, f_.scopeCode, f_.scopeName, list.progress.overall);
            value("scope", key, f_.scopeCode, f_.scopeName, "change_quarter_points", list.changePoints);
            if (c_.previous) {
                value("scope", key, f_.scopeCode, f_.scopeName, "change_snapshot_points",
                      difference(list.progress.overall.percentDone(), before ? before->percentDone : std::nullopt));
            }
            for (const KeyedProgress& row : list.progress.byPhase) counts("phase", key, row.key, ui::phaseLabel(row.key, language_), row.count);
            for (const KeyedProgress& row : list.progress.byTopic) counts("topic", key, row.key, ui::topicLabel(row.key, language_), row.count);
            for (const AreaProgress& child : list.children) {
                counts("area", key, child.areaCode, child.areaName, child.overall);
                if (c_.previous) {
                    value("area", key, child.areaCode, child.areaName, "change_snapshot_points",
                          difference(child.overall.percentDone(), previousChildPercent(before, child.areaCode)));
                }
            }
        }
        for (const AssignmentRow& a : f_.assignments) {
            const std::string code = a.board + " " + std::to_string(a.number);
            const std::string title = language_ == Language::Dutch || a.titleEn.empty() ? a.titleNl : a.titleEn;
            text("assignment", code, title, "status", a.status);
            value("assignment", "", code, title, "linked_percent_done", a.measureProgress.percentDone());
        }
        value("overdue", "", f_.scopeCode, f_.scopeName, "count", static_cast<double>(f_.overdueCount));
        costs("costs_scope", f_.costs);
        for (const ScopeCosts& child : f_.childCosts) costs("costs_area", child);
        return csv_.text();
    }

private:
    void value(const char* section, const std::string& list, const std::string& code, const std::string& name,
               const char* figure, const std::optional<double>& v) {
        csv_.field(section);
        csv_.field(list);
        csv_.field(code);
        csv_.field(name);
        csv_.field(figure);
        if (v) csv_.number(*v, 6); else csv_.empty();
        csv_.endRow();
    }
    void text(const char* section, const std::string& code, const std::string& name, const char* figure, const std::string& v) {
        for (const std::string& field : {std::string(section), std::string(), code, name, std::string(figure), v}) csv_.field(field);
        csv_.endRow();
    }
    void counts(const char* section, const char* list, const std::string& code, const std::string& name, const ProgressCount& c) {
        const std::pair<const char*, int> numbers[] = {{"measures", c.measures},       {"done", c.done},
                                                       {"in_progress", c.inProgress},  {"not_started", c.notStarted()},
                                                       {"not_applicable", c.notApplicable}, {"overdue", c.overdue}};
        for (const auto& [figure, n] : numbers) value(section, list, code, name, figure, static_cast<double>(n));
        value(section, list, code, name, "percent_done", c.percentDone());
    }
    void costs(const char* section, const ScopeCosts& c) {
        const CostAmounts total = c.total();
        value(section, "", c.areaCode, c.areaName, "year", static_cast<double>(c.year));
        value(section, "", c.areaCode, c.areaName, "one_off_eur", total.oneOffEur);
        value(section, "", c.areaCode, c.areaName, "yearly_eur", total.yearlyEur);
        value(section, "", c.areaCode, c.areaName, "total_eur", total.totalEur());
        value(section, "", c.areaCode, c.areaName, "own_eur", c.own.totalEur());
        value(section, "", c.areaCode, c.areaName, "budget_eur", c.budgetEur);
        value(section, "", c.areaCode, c.areaName, "budget_left_eur", c.budgetLeftEur());
    }

    const ReportFigures& f_;
    const ReportContext& c_;
    Language language_;
    io::CsvWriter csv_;
};

}  // namespace

void writeCostTable(io::HtmlWriter& html, const std::string& caption, const ScopeCosts& scope,
                    const std::vector<ScopeCosts>& members, Language language) {
    const auto t = [&](T id) { return ui::translation(id, language); };
    html.open("table").element("caption", caption);
    html.open("thead").open("tr").element("th", t(T::ColumnArea), {{"scope", "col"}});
    for (T id : {T::OneOff, T::Yearly, T::Total, T::Budget, T::BudgetLeft}) html.element("th", t(id), {{"scope", "col"}, {"class", "n"}});
    html.close().close().open("tbody");
    costRow(html, scope, scope.areaName, language);
    if (!members.empty()) {
        ScopeCosts own = scope;
        own.inside = {};
        own.budgetEur.reset();
        costRow(html, own, printf1(t(T::OwnCosts), scope.areaName), language);
        for (const ScopeCosts& member : members) costRow(html, member, member.areaName, language);
    }
    html.close().close();
}

std::string reportHtml(const ReportFigures& figures, const ReportContext& context, Language language) {
    return ReportPage(figures, context, language).build();
}

std::string reportCsv(const ReportFigures& figures, const ReportContext& context, Language language) {
    return ReportCsv(figures, context, language).build();
}

std::string reportScopeCode(const AreaDirectory& areas, const std::string& selectedCode) {
    if (!selectedCode.empty() && selectedCode != "NL" && areas.find(selectedCode)) return selectedCode;
    const auto countries = areas.atLevel(AreaLevel::Country);
    return countries.empty() ? std::string("NL01") : countries.front()->code;
}

ReportDocument makeReport(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                          const std::string& asOf, std::string mapPng, Language language) {
    const std::string scope = scopeCode.empty() || scopeCode == "NL" ? reportScopeCode(areas, "") : scopeCode;
    const ReportFigures figures = reportFigures(db, areas, scope, asOf);
    ReportContext context;
    context.previous = previousSnapshot(db, scope, asOf);
    context.mapPng = std::move(mapPng);
    context.madeOn = todayIsoDate();
    if (hasExampleContent(db)) context.exampleNotice = exampleContentNotice(db, language);
    const Area* scopeArea = areas.find(scope);
    if (scopeArea && (scopeArea->level == AreaLevel::SafetyRegion || scopeArea->level == AreaLevel::Country)) {
        // The same lines as the Voortgang and Opdrachten tabs show for the scope.
        for (const ReportListProgress& list : figures.lists) {
            const std::string line = restsOnLineFor(db, areas, scope, list.list, asOf, language);
            if (!line.empty()) context.basisLines.push_back(line);
        }
        context.standings = assignmentStandings(db, areas, scope);
    }
    ReportDocument document;
    document.html = reportHtml(figures, context, language);
    document.csv = reportCsv(figures, context, language);
    document.baseName = std::string(language == Language::Dutch ? "voortgangsrapportage-" : "progress-report-") + scope + "-" + asOf;
    return document;
}

int64_t saveReportSnapshotOf(AppState& state, const std::string& scopeCode, const std::string& asOf) {
    if (state.readOnly) throw std::invalid_argument("this is the public version of the dashboard, which is read-only");
    const std::string scope = scopeCode.empty() || scopeCode == "NL" ? reportScopeCode(state.areas, "") : scopeCode;
    const int64_t id = saveReportSnapshot(state.db, scope, asOf, reportFigures(state.db, state.areas, scope, asOf));
    state.dataChanged();
    return id;
}

std::string base64Encode(std::string_view bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const uint32_t n = (uint32_t(uint8_t(bytes[i])) << 16) | (uint32_t(uint8_t(bytes[i + 1])) << 8) | uint8_t(bytes[i + 2]);
        for (int shift : {18, 12, 6, 0}) out += kAlphabet[(n >> shift) & 63];
    }
    if (i < bytes.size()) {
        const bool two = i + 1 < bytes.size();
        const uint32_t n = (uint32_t(uint8_t(bytes[i])) << 16) | (two ? uint32_t(uint8_t(bytes[i + 1])) << 8 : 0);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += two ? kAlphabet[(n >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

}  // namespace wb
