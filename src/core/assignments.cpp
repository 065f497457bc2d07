#include "core/assignments.h"

#include <stdexcept>
#include <unordered_map>

namespace wb {

bool isAssignmentStatus(const std::string& status) {
    return status == "not_started" || status == "in_progress" || status == "done";
}

std::vector<AssignmentRow> assignmentOverview(const Database& db, const ProgressOverview& progress,
                                              const std::string& scopeCode) {
    std::vector<AssignmentRow> rows;
    std::unordered_map<int64_t, size_t> rowOf;
    Statement st = db.prepare(
        "SELECT id, board, number, title_nl, title_en, status, owner, coalesce(due_date, '') FROM assignment "
        "ORDER BY board = 'VNG' DESC, board, number");  // VNG first, as the programme lists them
    while (st.step()) {
        AssignmentRow row;
        row.id = st.getInt(0);
        row.board = st.getText(1);
        row.number = static_cast<int>(st.getInt(2));
        row.titleNl = st.getText(3);
        row.titleEn = st.getText(4);
        row.status = st.getText(5);
        row.owner = st.getText(6);
        row.dueDate = st.getText(7);
        // The measures' rule: only what is not done can be overdue.
        row.overdue = isOverdue(row.status == "done" ? MeasureStatus::Done : MeasureStatus::InProgress, row.dueDate,
                                progress.asOf());
        rowOf[row.id] = rows.size();
        rows.push_back(std::move(row));
    }
    Statement links = db.prepare(
        "SELECT am.assignment_id, m.id, m.code FROM assignment_measure am JOIN measure m ON m.id = am.measure_id "
        "ORDER BY am.assignment_id, m.sort_order, m.code");
    while (links.step()) {
        const auto row = rowOf.find(links.getInt(0));
        if (row == rowOf.end()) continue;
        AssignmentRow& assignment = rows[row->second];
        assignment.measureCodes.push_back(links.getText(2));
        if (const auto count = progress.measureIn(scopeCode, links.getInt(1))) assignment.measureProgress.add(*count);
    }
    return rows;
}

AssignmentCounts countAssignments(const std::vector<AssignmentRow>& rows) {
    AssignmentCounts counts;
    for (const AssignmentRow& row : rows) {
        if (row.status == "done") ++counts.done;
        else if (row.status == "in_progress") ++counts.inProgress;
        else ++counts.notStarted;
        if (row.overdue) ++counts.overdue;
    }
    return counts;
}

void updateAssignment(Database& db, int64_t assignmentId, const std::string& status, const std::string& owner,
                      const std::string& dueDate) {
    if (!isAssignmentStatus(status)) throw std::invalid_argument("\"" + status + "\" is not an assignment status");
    if (!dueDate.empty() && !isIsoDate(dueDate)) {
        throw std::invalid_argument("the due date \"" + dueDate + "\" is not a date YYYY-MM-DD");
    }
    // changed_at marks the tracking as this organisation's own: from then on it travels in its
    // exchange file (core/assignment_statuses.h).
    Statement st = db.prepare(
        "UPDATE assignment SET status = ?, owner = ?, due_date = ?, "
        "changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?");
    st.bind(1, status).bind(2, owner);
    if (dueDate.empty()) st.bind(3, nullptr); else st.bind(3, dueDate);
    st.bind(4, assignmentId);
    st.run();
    if (db.changes() == 0) throw std::invalid_argument("there is no assignment " + std::to_string(assignmentId));
}

}  // namespace wb
