#include "views/accessible_progress.h"

#include <cstdio>
#include <string>
#include <vector>

#include "core/assignments.h"
#include "core/date_format.h"
#include "core/number_format.h"
#include "core/progress_trend.h"
#include "views/basis_lines.h"
#include "views/progress_view.h"
#include "views/strings_basis.h"
#include "views/strings_progress.h"

namespace wb {
namespace {

using io::HtmlWriter;
using ui::ProgressText;

constexpr size_t kOverdueListed = 12;  // as many as the Voortgang tab lists

class ProgressWriter {
public:
    ProgressWriter(const AppState& state, Language language, const Area& area, const ProgressSnapshot& figures)
        : state_(state), language_(language), area_(area), figures_(figures),
          list_(listShownFor(&area, state.progressView.list)) {}

    void progress(HtmlWriter& html) const {
        const auto progress = figures_.now.of(area_.code, list_);
        html.element("p", std::string(t(ProgressText::ReferenceDay)) + ": " + formatDate(figures_.day, language_) + ". " +
                              t(ProgressText::ListLabel) + ": " +
                              t(list_ == BaselineList::Municipalities ? ProgressText::ListMunicipalities
                                                                      : ProgressText::ListRegions) + ".");
        if (!progress || !figures_.now.list(list_)) {
            html.element("p", t(ProgressText::NoList));
            return;
        }
        const ProgressCount& c = progress->overall;
        html.element("p", percent(c.percentDone()) + " " + t(ProgressText::PercentDone) + ": " +
                              format(t(ProgressText::CountsLine), c.done, c.applicable(), c.inProgress, c.notStarted(),
                                     c.notApplicable) + ".");
        const std::string basis = restsOnLineFor(state_.db, state_.areas, area_.code, list_, figures_.day, language_);
        if (!basis.empty()) html.element("p", basis + ".", {{"id", "a11y-progress-basis"}});
        const ProgressChange change = progressChange(figures_.before, figures_.now, area_.code, list_);
        const auto points = change.changePoints();
        html.element("p", std::string(t(ProgressText::TrendQuarter)) + ": " +
                              (points ? signedPoints(*points, language_) + " " + t(ProgressText::PercentagePoints) + " (" +
                                            formatDate(change.fromDate, language_) + " " + percent(change.fromPercent) +
                                            ", " + formatDate(change.toDate, language_) + " " + percent(change.toPercent) + ")"
                                      : std::string(t(ProgressText::TrendNoData))) + ".");
        breakdown(html, ProgressText::A11yPhaseCaption, progress->byPhase, true);
        breakdown(html, ProgressText::A11yTopicCaption, progress->byTopic, false);
        rollUp(html);
        overdue(html);
        if (area_.level == levelOf(list_)) checklist(html);
    }

    void assignments(HtmlWriter& html) const {
        const auto rows = assignmentOverview(state_.db, figures_.now, area_.code);
        const AssignmentCounts counts = countAssignments(rows);
        html.element("p", format(t(ProgressText::AssignmentsSummary), counts.done, counts.inProgress, counts.notStarted) +
                              "; " + format(t(ProgressText::AssignmentsOverdue), counts.overdue) + ".");
        html.open("table");
        html.element("caption", std::string(t(ProgressText::A11yAssignmentsCaption)) + " (" + areaName() + ")");
        // At a region or the country: how the areas answering to each board stand, as delivered.
        const std::vector<AssignmentStanding> standings = assignmentStandings(state_.db, state_.areas, area_.code);
        header(html, {ProgressText::ColumnAssignment, ProgressText::ColumnStatus, ProgressText::ColumnOwner,
                      ProgressText::ColumnDue, ProgressText::ColumnLinkedProgress},
               standings.empty() ? "" : ui::translation(ui::BasisText::StandingHeading, language_));
        html.open("tbody");
        for (const AssignmentRow& row : rows) {
            const std::string& title = language_ == Language::English && !row.titleEn.empty() ? row.titleEn : row.titleNl;
            html.open("tr");
            html.element("th", row.board + " " + std::to_string(row.number) + ": " + title, {{"scope", "row"}});
            html.element("td", ui::assignmentStatusLabel(row.status, language_));
            html.element("td", row.owner);
            std::string due = formatDate(row.dueDate, language_);
            if (row.overdue) due += std::string(" (") + t(ProgressText::Overdue) + ")";
            html.element("td", due);
            std::string linked = "-";
            if (!row.measureCodes.empty()) {
                linked = countText(row.measureProgress) + ":";
                for (const std::string& code : row.measureCodes) linked += " " + code;
            }
            html.element("td", linked);
            for (const AssignmentStanding& standing : standings) {
                if (standing.board == row.board && standing.number == row.number) {
                    html.element("td", assignmentStandingLine(standing, language_));
                }
            }
            html.close();
        }
        html.close().close();
    }

private:
    const char* t(ProgressText id) const { return ui::translation(id, language_); }

    template <typename... Args>
    static std::string format(const char* pattern, Args... args) {
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, pattern, args...);
        return buffer;
    }

    std::string percent(std::optional<double> value) const {
        return value ? formatNumber(*value, 0, language_) + "%" : std::string(t(ProgressText::NoData));
    }
    std::string countText(const ProgressCount& c) const {
        return percent(c.percentDone()) + " (" + std::to_string(c.done) + "/" + std::to_string(c.applicable()) + ")";
    }
    std::string areaName() const {
        return area_.level == AreaLevel::Country ? std::string(t(ProgressText::Netherlands)) : area_.name;
    }

    // `extra`: one more column at the end when not empty.
    void header(HtmlWriter& html, std::initializer_list<ProgressText> columns, const char* extra = "") const {
        html.open("thead").open("tr");
        for (ProgressText c : columns) html.element("th", t(c), {{"scope", "col"}});
        if (*extra) html.element("th", extra, {{"scope", "col"}});
        html.close().close();
    }

    void countRow(HtmlWriter& html, const std::string& label, const ProgressCount& c) const {
        html.open("tr");
        html.element("th", label, {{"scope", "row"}});
        html.element("td", percent(c.percentDone()));
        html.element("td", std::to_string(c.done));
        html.element("td", std::to_string(c.applicable()));
        html.close();
    }

    void breakdown(HtmlWriter& html, ProgressText caption, const std::vector<KeyedProgress>& rows, bool phases) const {
        html.open("table");
        html.element("caption", std::string(t(caption)) + " (" + areaName() + ")");
        header(html, {ProgressText::ColumnPhaseOrTopic, ProgressText::ColumnPercentDone, ProgressText::ColumnDone,
                      ProgressText::ColumnApplicable});
        html.open("tbody");
        for (const KeyedProgress& row : rows) {
            countRow(html, phases ? ui::phaseLabel(row.key, language_) : ui::topicLabel(row.key, language_), row.count);
        }
        html.close().close();
    }

    void rollUp(HtmlWriter& html) const {
        const auto children = figures_.now.childrenOf(area_.code, list_);
        if (children.empty()) return;
        html.open("table");
        html.element("caption", std::string(t(ProgressText::A11yRollUpCaption)) + " (" + areaName() + ")");
        header(html, {ProgressText::ColumnArea, ProgressText::ColumnPercentDone, ProgressText::ColumnDone,
                      ProgressText::ColumnApplicable});
        html.open("tbody");
        for (const AreaProgress& child : children) countRow(html, child.areaName, child.overall);
        html.close().close();
    }

    void overdue(HtmlWriter& html) const {
        const auto overdue = overdueMeasures(state_.db, state_.areas, area_.code, figures_.day);
        if (overdue.empty()) {
            html.element("p", t(ProgressText::NoneOverdue));
            return;
        }
        html.open("table");
        html.element("caption", std::string(t(ProgressText::A11yOverdueCaption)) + " (" + std::to_string(overdue.size()) + ")");
        header(html, {ProgressText::ColumnArea, ProgressText::ColumnCode, ProgressText::ColumnMeasure, ProgressText::ColumnDue});
        html.open("tbody");
        for (size_t i = 0; i < overdue.size() && i < kOverdueListed; ++i) {
            const OverdueMeasure& o = overdue[i];
            html.open("tr");
            html.element("th", o.areaName, {{"scope", "row"}});
            html.element("td", o.measureCode);
            html.element("td", language_ == Language::English && !o.measureTitleEn.empty() ? o.measureTitleEn : o.measureTitleNl);
            html.element("td", formatDate(o.dueDate, language_));
            html.close();
        }
        html.close().close();
        if (overdue.size() > kOverdueListed) {
            html.element("p", format(t(ProgressText::MoreOverdue), static_cast<int>(overdue.size() - kOverdueListed)));
        }
    }

    void checklist(HtmlWriter& html) const {
        const Checklist list = areaChecklist(state_.db, area_.code, figures_.day);
        html.open("table");
        html.element("caption", std::string(t(ProgressText::Checklist)) + " (" + areaName() + ")");
        header(html, {ProgressText::ColumnCode, ProgressText::ColumnMeasure, ProgressText::ColumnStatus,
                      ProgressText::ColumnDate, ProgressText::ColumnDue, ProgressText::ColumnOwner,
                      ProgressText::ColumnEvidence});
        html.open("tbody");
        for (const ChecklistItem& item : list.items) {
            const MeasureFields& f = item.measure.fields;
            html.open("tr", {{"data-measure", f.code}});
            html.element("th", f.code, {{"scope", "row"}});
            html.element("td", language_ == Language::English && !f.titleEn.empty() ? f.titleEn : f.titleNl);
            html.element("td", ui::statusLabel(item.current.status, language_));
            html.element("td", formatDate(item.current.statusDate, language_));
            std::string due = formatDate(item.current.dueDate, language_);
            if (item.overdue) due += std::string(" (") + t(ProgressText::Overdue) + ")";
            html.element("td", due);
            html.element("td", item.current.owner);
            html.element("td", item.current.evidence);
            html.close();
        }
        html.close().close();
    }

    const AppState& state_;
    Language language_;
    const Area& area_;
    const ProgressSnapshot& figures_;
    BaselineList list_;
};

}  // namespace

std::vector<AccessibleSection> progressSections(const AppState& state, Language language) {
    const Area* area = progressArea(state.areas, state.selectedCode);
    if (!area) return {};
    // The figures the tabs show (kept until the next change); the writer outlives this call.
    const auto figures = state.progressView.sharedSnapshot(state.db, state.areas, state.changeCount);
    auto writer = std::make_shared<ProgressWriter>(state, language, *area, *figures);
    const std::string name = area->level == AreaLevel::Country ? ui::translation(ProgressText::Netherlands, language) : area->name;
    std::vector<AccessibleSection> sections;
    char heading[256];
    std::snprintf(heading, sizeof heading, ui::translation(ProgressText::A11yProgressHeading, language), name.c_str());
    sections.push_back({"a11y-progress", heading, [figures, writer](HtmlWriter& html) { writer->progress(html); }});
    sections.push_back({"a11y-assignments", ui::translation(ProgressText::A11yAssignmentsHeading, language),
                        [figures, writer](HtmlWriter& html) { writer->assignments(html); }});
    return sections;
}

}  // namespace wb
