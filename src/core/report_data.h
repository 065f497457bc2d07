// The figures of the board report ("voortgangsrapportage") for a scope (NL01, a safety region or a
// municipality) and a day: progress overall, per phase, per topic and per child area, the change
// over the last quarter, the national assignments, what is overdue, and costs against the budget.
// The printable page and its CSV are made from this struct elsewhere; here it is computed, written
// as JSON, and kept as a snapshot so the next report can show the change since this one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/assignments.h"
#include "core/costs.h"
#include "core/database.h"
#include "core/progress.h"

namespace wb {

// Progress on one baseline list inside the scope.
struct ReportListProgress {
    BaselineList list = BaselineList::Municipalities;
    std::string listName;
    AreaProgress progress;                 // the scope's pooled figures, with phases and topics
    std::optional<double> changePoints;    // percent done minus that of `quarterAgo`; nullopt: no data
    std::vector<AreaProgress> children;    // per child area (regions of NL, municipalities of a region)
};

struct ReportFigures {
    std::string scopeCode;
    std::string scopeName;
    AreaLevel scopeLevel = AreaLevel::Country;
    std::string asOf;
    std::string quarterAgo;  // the day the change is measured from: asOf minus three months
    // The municipalities' list and, for NL and regions, the regions' own list; a list with no
    // figures inside the scope (no list, or a municipality looking at the regions' list) is left out.
    std::vector<ReportListProgress> lists;
    std::vector<AssignmentRow> assignments;
    int overdueCount = 0;
    std::vector<OverdueMeasure> overdue;  // the oldest first, at most kReportOverdueRows
    ScopeCosts costs;                     // the as-of year
    std::vector<ScopeCosts> childCosts;   // per child area, the as-of year
};

constexpr size_t kReportOverdueRows = 25;

// Throws std::invalid_argument for an unknown scope or a malformed date.
ReportFigures reportFigures(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                            const std::string& asOf);

// The figures as one JSON object (format "weerbaar-report-figures", version 1): what the page
// script and the snapshot table read.
std::string reportFiguresJson(const ReportFigures& figures);

// The headline figures of a saved report, read back from its JSON: enough to show "since the last
// report" next to the new one.
struct ReportHeadline {
    struct ListFigure {
        std::string list;  // "municipalities" or "safety_regions"
        std::optional<double> percentDone;
        std::vector<std::pair<std::string, std::optional<double>>> children;  // area code, percent done
    };
    std::vector<ListFigure> lists;
    int overdueCount = 0;
    double totalCostEur = 0;
};

struct ReportSnapshot {
    int64_t id = 0;
    std::string scopeCode;
    std::string asOf;
    std::string createdAt;
    std::string figuresJson;
    ReportHeadline headline;
};

int64_t saveReportSnapshot(Database& db, const std::string& scopeCode, const std::string& asOf,
                           const ReportFigures& figures);

// The latest snapshot of the scope dated before `asOf` (the previous report); nullopt when none.
// Throws std::invalid_argument when a stored snapshot is not readable JSON of this format.
std::optional<ReportSnapshot> previousSnapshot(const Database& db, const std::string& scopeCode, const std::string& asOf);

// The change of each list's percent done since a previous report, in list order of `current`;
// nullopt where either has no data.
struct ReportChange {
    std::string list;
    std::optional<double> changePoints;
};
std::vector<ReportChange> changeSinceSnapshot(const ReportFigures& current, const ReportSnapshot& previous);

}  // namespace wb
