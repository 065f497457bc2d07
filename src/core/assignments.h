// The 14 national assignments (VNG 1-7, Veiligheidsberaad 1-7) as a tracked list: status, owner,
// due date, and how far the measures linked to each have come, in one row per assignment: the
// overview a board member reads in a minute.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/database.h"
#include "core/progress.h"

namespace wb {

struct AssignmentRow {
    int64_t id = 0;
    std::string board;  // "VNG" or "Veiligheidsberaad"
    int number = 0;
    std::string titleNl;
    std::string titleEn;
    std::string status;   // not_started, in_progress, done
    std::string owner;
    std::string dueDate;  // empty when none
    bool overdue = false;  // not done and due before the as-of day
    std::vector<std::string> measureCodes;  // linked measures, by code
    // The linked measures' counts pooled over the areas of the scope (municipal measures over its
    // municipalities, regional ones over its regions); measures of lists not counted are left out.
    ProgressCount measureProgress;
};

// Every assignment, by board and number, with its linked measures' progress inside `scopeCode`
// (NL01, a region or a municipality) on the overview's day.
std::vector<AssignmentRow> assignmentOverview(const Database& db, const ProgressOverview& progress,
                                              const std::string& scopeCode);

// How many assignments are in each status, and how many are overdue: the overview's first line.
struct AssignmentCounts {
    int notStarted = 0;
    int inProgress = 0;
    int done = 0;
    int overdue = 0;
};
AssignmentCounts countAssignments(const std::vector<AssignmentRow>& rows);

bool isAssignmentStatus(const std::string& status);

// Updates an assignment's tracking fields; std::invalid_argument for an unknown id, status or a
// malformed due date (empty clears it).
void updateAssignment(Database& db, int64_t assignmentId, const std::string& status, const std::string& owner,
                      const std::string& dueDate);

}  // namespace wb
