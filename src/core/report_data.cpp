#include "core/report_data.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/progress_trend.h"

namespace wb {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFormat = "weerbaar-report-figures";
constexpr int kVersion = 1;

const char* listKey(BaselineList list) {
    return list == BaselineList::Municipalities ? "municipalities" : "safety_regions";
}

Json percentJson(const std::optional<double>& percent) { return percent ? Json(*percent) : Json(nullptr); }

Json countJson(const ProgressCount& c) {
    return Json{{"measures", c.measures},     {"done", c.done},         {"in_progress", c.inProgress},
                {"not_started", c.notStarted()}, {"not_applicable", c.notApplicable}, {"overdue", c.overdue},
                {"percent_done", percentJson(c.percentDone())}};
}

Json keyedJson(const std::vector<KeyedProgress>& rows) {
    Json out = Json::array();
    for (const KeyedProgress& row : rows) {
        Json item = countJson(row.count);
        item["key"] = row.key;
        out.push_back(std::move(item));
    }
    return out;
}

Json areaProgressJson(const AreaProgress& p, bool withBreakdown) {
    Json out{{"code", p.areaCode}, {"name", p.areaName}, {"areas_counted", p.areasCounted}};
    out["overall"] = countJson(p.overall);
    if (withBreakdown) {
        out["by_phase"] = keyedJson(p.byPhase);
        out["by_topic"] = keyedJson(p.byTopic);
    }
    return out;
}

Json costsJson(const ScopeCosts& c) {
    const CostAmounts total = c.total();
    return Json{{"code", c.areaCode},
                {"name", c.areaName},
                {"year", c.year},
                {"one_off_eur", total.oneOffEur},
                {"yearly_eur", total.yearlyEur},
                {"total_eur", total.totalEur()},
                {"own_eur", c.own.totalEur()},
                {"budget_eur", c.budgetEur ? Json(*c.budgetEur) : Json(nullptr)},
                {"budget_left_eur", c.budgetLeftEur() ? Json(*c.budgetLeftEur()) : Json(nullptr)}};
}

// A member of an object, or null: a snapshot written by another version may lack a part.
const Json& member(const Json& object, const char* key) {
    static const Json null;
    if (!object.is_object()) return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

std::optional<double> optionalNumber(const Json& value) {
    if (value.is_number()) return value.get<double>();
    return std::nullopt;
}

ReportHeadline readHeadline(const std::string& text) {
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded() || member(json, "format") != kFormat || member(json, "version") != kVersion) {
        throw std::invalid_argument("a stored report snapshot is not " + std::string(kFormat) + " version 1");
    }
    ReportHeadline headline;
    const Json& lists = member(json, "lists");
    for (const Json& list : lists.is_array() ? lists : Json::array()) {
        ReportHeadline::ListFigure figure;
        figure.list = member(list, "list").is_string() ? member(list, "list").get<std::string>() : std::string();
        figure.percentDone = optionalNumber(member(member(member(list, "scope"), "overall"), "percent_done"));
        const Json& children = member(list, "children");
        for (const Json& child : children.is_array() ? children : Json::array()) {
            const Json& code = member(child, "code");
            figure.children.emplace_back(code.is_string() ? code.get<std::string>() : std::string(), optionalNumber(member(member(child, "overall"), "percent_done")));
        }
        headline.lists.push_back(std::move(figure));
    }
    headline.overdueCount = member(member(json, "overdue"), "count").is_number_integer()
                                ? member(member(json, "overdue"), "count").get<int>()
                                : 0;
    const Json& cost = member(member(member(json, "costs"), "scope"), "total_eur");
    headline.totalCostEur = cost.is_number() ? cost.get<double>() : 0.0;
    return headline;
}

}  // namespace

ReportFigures reportFigures(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                            const std::string& asOf) {
    const Area* scope = areas.find(scopeCode);
    if (!scope) throw std::invalid_argument("there is no area " + scopeCode);
    ReportFigures figures;
    figures.scopeCode = scope->code;
    figures.scopeName = scope->name;
    figures.scopeLevel = scope->level;
    figures.asOf = asOf;
    figures.quarterAgo = isoDateMonthsEarlier(asOf, 3);  // also rejects a malformed date

    const ProgressOverview now = ProgressOverview::compute(db, areas, asOf);
    const ProgressOverview before = ProgressOverview::compute(db, areas, figures.quarterAgo);
    for (BaselineList list : {BaselineList::Municipalities, BaselineList::SafetyRegions}) {
        auto progress = now.of(scopeCode, list);
        if (!progress) continue;
        ReportListProgress entry;
        entry.list = list;
        entry.listName = now.list(list) ? now.list(list)->name : std::string();
        entry.progress = std::move(*progress);
        entry.changePoints = progressChange(before, now, scopeCode, list).changePoints();
        entry.children = now.childrenOf(scopeCode, list);
        figures.lists.push_back(std::move(entry));
    }
    figures.assignments = assignmentOverview(db, now, scopeCode);
    figures.overdue = overdueMeasures(db, areas, scopeCode, asOf);
    figures.overdueCount = static_cast<int>(figures.overdue.size());
    if (figures.overdue.size() > kReportOverdueRows) figures.overdue.resize(kReportOverdueRows);

    const CostOverview costs = CostOverview::compute(db, areas, std::stoi(asOf.substr(0, 4)));
    figures.costs = *costs.of(scopeCode);
    figures.childCosts = costs.childrenOf(scopeCode);
    return figures;
}

std::string reportFiguresJson(const ReportFigures& f) {
    Json json{{"format", kFormat}, {"version", kVersion}};
    json["scope"] = Json{{"code", f.scopeCode}, {"name", f.scopeName}, {"level", std::string(toString(f.scopeLevel))}};
    json["as_of"] = f.asOf;
    json["quarter_ago"] = f.quarterAgo;
    Json lists = Json::array();
    for (const ReportListProgress& l : f.lists) {
        Json entry{{"list", listKey(l.list)}, {"name", l.listName}};
        entry["scope"] = areaProgressJson(l.progress, true);
        entry["change_points"] = percentJson(l.changePoints);
        Json children = Json::array();
        for (const AreaProgress& child : l.children) children.push_back(areaProgressJson(child, false));
        entry["children"] = std::move(children);
        lists.push_back(std::move(entry));
    }
    json["lists"] = std::move(lists);
    Json assignments = Json::array();
    for (const AssignmentRow& a : f.assignments) {
        Json row{{"board", a.board},     {"number", a.number}, {"title_nl", a.titleNl}, {"title_en", a.titleEn},
                 {"status", a.status},   {"owner", a.owner},   {"due_date", a.dueDate}, {"overdue", a.overdue},
                 {"measures", a.measureCodes}};
        row["measure_progress"] = countJson(a.measureProgress);
        assignments.push_back(std::move(row));
    }
    json["assignments"] = std::move(assignments);
    Json overdue = Json::array();
    for (const OverdueMeasure& o : f.overdue) {
        overdue.push_back(Json{{"area_code", o.areaCode},
                               {"area_name", o.areaName},
                               {"measure", o.measureCode},
                               {"title_nl", o.measureTitleNl},
                               {"title_en", o.measureTitleEn},
                               {"status", std::string(toString(o.status))},
                               {"due_date", o.dueDate},
                               {"owner", o.owner}});
    }
    json["overdue"] = Json{{"count", f.overdueCount}, {"rows", std::move(overdue)}};
    Json childCosts = Json::array();
    for (const ScopeCosts& c : f.childCosts) childCosts.push_back(costsJson(c));
    json["costs"] = Json{{"scope", costsJson(f.costs)}, {"children", std::move(childCosts)}};
    // Replace rather than throw on text that is not UTF-8: a report must always be writable.
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int64_t saveReportSnapshot(Database& db, const std::string& scopeCode, const std::string& asOf,
                           const ReportFigures& figures) {
    Statement st = db.prepare("INSERT INTO report_snapshot (scope_code, as_of, figures) VALUES (?, ?, ?)");
    st.bind(1, scopeCode).bind(2, asOf).bind(3, reportFiguresJson(figures));
    st.run();
    return sqlite3_last_insert_rowid(db.handle());
}

std::optional<ReportSnapshot> previousSnapshot(const Database& db, const std::string& scopeCode, const std::string& asOf) {
    Statement st = db.prepare(
        "SELECT id, scope_code, as_of, created_at, figures FROM report_snapshot WHERE scope_code = ? AND as_of < ? "
        "ORDER BY as_of DESC, id DESC LIMIT 1");
    st.bind(1, scopeCode).bind(2, asOf);
    if (!st.step()) return std::nullopt;
    ReportSnapshot snapshot;
    snapshot.id = st.getInt(0);
    snapshot.scopeCode = st.getText(1);
    snapshot.asOf = st.getText(2);
    snapshot.createdAt = st.getText(3);
    snapshot.figuresJson = st.getText(4);
    snapshot.headline = readHeadline(snapshot.figuresJson);
    return snapshot;
}

std::vector<ReportChange> changeSinceSnapshot(const ReportFigures& current, const ReportSnapshot& previous) {
    std::vector<ReportChange> out;
    for (const ReportListProgress& l : current.lists) {
        ReportChange change;
        change.list = listKey(l.list);
        const auto now = l.progress.overall.percentDone();
        for (const auto& before : previous.headline.lists) {
            if (before.list == change.list && now && before.percentDone) change.changePoints = *now - *before.percentDone;
        }
        out.push_back(std::move(change));
    }
    return out;
}

}  // namespace wb
