// The 14 national assignments with example status, owner and due date, linked to the measures of
// the example action lists that serve them (assets/example_assignments.csv).
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {

void insertExampleAssignments(Database& db, const ExampleWorld& world) {
    const ExampleTable rows = ExampleTable::read(world.assetsDir(), "example_assignments.csv");
    const auto measureIds = idsByCode(db, "SELECT code, id FROM measure");
    auto assignment = db.prepare(
        "INSERT INTO assignment (board, number, title_nl, title_en, status, owner, due_date) VALUES (?,?,?,?,?,?,?)");
    auto link = db.prepare("INSERT INTO assignment_measure (assignment_id, measure_id) VALUES (?, ?)");
    for (size_t r = 0; r < rows.size(); ++r) {
        assignment.bind(1, rows.text(r, "board")).bind(2, rows.integer(r, "number"));
        assignment.bind(3, rows.text(r, "title_nl")).bind(4, rows.text(r, "title_en"));
        assignment.bind(5, rows.text(r, "status")).bind(6, rows.text(r, "owner")).bind(7, rows.text(r, "due_date"));
        assignment.run();
        const int64_t assignmentId = db.scalarInt("SELECT last_insert_rowid()");
        for (const auto& code : rows.list(r, "measures")) {
            link.bind(1, assignmentId).bind(2, requireId(measureIds, code, "example_assignments.csv"));
            link.run();
        }
    }
}

}  // namespace wb::tools
