// The two example baseline action lists (municipalities, safety regions) and their measures,
// read from assets/example_action_list_*.csv.
#include "example_steps.h"
#include "example_table.h"

namespace wb::tools {
namespace {

void insertActionList(Database& db, const ExampleWorld& world, const char* name, const char* level,
                      const char* file) {
    auto list = db.prepare("INSERT INTO action_list (name, for_level, source, is_example) VALUES (?, ?, ?, 1)");
    list.bind(1, name).bind(2, level).bind(3, std::string(kExampleSource) + " (" + file + ")");
    list.run();
    const int64_t listId = db.scalarInt("SELECT last_insert_rowid()");

    const ExampleTable rows = ExampleTable::read(world.assetsDir(), file);
    auto measure = db.prepare(
        "INSERT INTO measure (list_id, code, phase, topic, title_nl, title_en, partners, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t r = 0; r < rows.size(); ++r) {
        // Partners are ';'-separated in the file and shown as a readable list.
        std::string partners;
        for (const auto& p : rows.list(r, "partners")) partners += (partners.empty() ? "" : ", ") + p;
        measure.bind(1, listId).bind(2, rows.text(r, "code")).bind(3, rows.text(r, "phase"));
        measure.bind(4, rows.text(r, "topic")).bind(5, rows.text(r, "title_nl")).bind(6, rows.text(r, "title_en"));
        measure.bind(7, partners).bind(8, static_cast<int64_t>(r + 1));
        measure.run();
    }
}

}  // namespace

void insertExampleActionLists(Database& db, const ExampleWorld& world) {
    for (const auto& list : kExampleActionListFiles) {
        const bool forMunicipalities = std::string_view(list.level) == "municipality";
        insertActionList(db, world,
                         forMunicipalities ? "Voorbeeld-actielijst gemeenten (fictief)"
                                           : "Voorbeeld-actielijst veiligheidsregio's (fictief)",
                         list.level, list.file);
    }
}

}  // namespace wb::tools
