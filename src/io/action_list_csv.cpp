#include "io/action_list_csv.h"

#include <map>
#include <set>
#include <stdexcept>
#include <vector>

#include "core/checklist.h"
#include "io/csv_reader.h"
#include "io/import_error.h"

namespace wb::io {
namespace {

constexpr const char* kColumns[] = {"code", "phase", "topic", "title_nl", "title_en", "description", "partners"};
constexpr size_t kRequiredColumns = 4;  // the first four

struct CsvRow {
    int line = 0;
    MeasureFields fields;
};

std::string trimmed(std::string_view text) {
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// The delimiter of the header row: the reader would look at the first line, which may be a comment.
char headerDelimiter(std::string_view text) {
    size_t at = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (at < text.size() && text[at] == '#') {
        const size_t end = text.find('\n', at);
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return detectDelimiter(text.substr(at));
}

// Reads and checks every row before anything is written.
std::vector<CsvRow> readRows(std::string_view text) {
    CsvReader reader(text, headerDelimiter(text), '#');
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) throw ImportError("", "the file has no header row");
    std::map<std::string, size_t> columnOf;
    for (size_t i = 0; i < fields.size(); ++i) columnOf.emplace(trimmed(fields[i]), i);
    for (size_t c = 0; c < kRequiredColumns; ++c) {
        if (!columnOf.count(kColumns[c])) {
            throw ImportError("line " + std::to_string(reader.line()),
                              std::string("the header has no column \"") + kColumns[c] +
                                  "\" (needed: code, phase, topic, title_nl)");
        }
    }
    const size_t headerWidth = fields.size();
    std::vector<CsvRow> rows;
    std::set<std::string> codes;
    while (reader.next(fields)) {
        const std::string where = "line " + std::to_string(reader.line());
        if (fields.size() != headerWidth) {
            throw ImportError(where, std::to_string(fields.size()) + " fields where the header has " +
                                         std::to_string(headerWidth));
        }
        auto cell = [&](const char* name) {
            const auto it = columnOf.find(name);
            return it == columnOf.end() ? std::string() : trimmed(fields[it->second]);
        };
        CsvRow row;
        row.line = reader.line();
        row.fields = {cell("code"),     cell("phase"),       cell("topic"),   cell("title_nl"),
                      cell("title_en"), cell("description"), cell("partners")};
        try {
            validateMeasureFields(row.fields);
        } catch (const std::invalid_argument& e) {
            throw ImportError(where, e.what());
        }
        if (!codes.insert(row.fields.code).second) throw ImportError(where, "code " + row.fields.code + " occurs twice");
        rows.push_back(std::move(row));
    }
    if (rows.empty()) throw ImportError("", "the file has no measures");
    return rows;
}

// Writes the rows into the list: existing codes are edited in place, new ones added, the rest
// deleted, and the order becomes the file's.
void replaceMeasures(Database& db, int64_t listId, const std::vector<CsvRow>& rows) {
    std::map<std::string, int64_t> existing;
    for (const Measure& m : listMeasures(db, listId)) existing.emplace(m.fields.code, m.id);
    std::vector<int64_t> order;
    for (const CsvRow& row : rows) {
        const auto found = existing.find(row.fields.code);
        if (found == existing.end()) {
            order.push_back(addMeasure(db, listId, row.fields));
        } else {
            editMeasure(db, found->second, row.fields);
            order.push_back(found->second);
            existing.erase(found);
        }
    }
    for (const auto& gone : existing) deleteMeasure(db, gone.second);
    reorderMeasures(db, listId, order);
}

}  // namespace

std::string exportActionListCsv(const Database& db, int64_t listId, CsvStyle style) {
    if (!actionList(db, listId)) throw std::invalid_argument("there is no action list " + std::to_string(listId));
    CsvWriter out(style);
    for (const char* column : kColumns) out.field(column);
    out.endRow();
    for (const Measure& m : listMeasures(db, listId)) {
        const MeasureFields& f = m.fields;
        for (const std::string* value : {&f.code, &f.phase, &f.topic, &f.titleNl, &f.titleEn, &f.description, &f.partners}) {
            out.field(*value);
        }
        out.endRow();
    }
    return out.text();
}

ActionListImportResult importActionListCsv(Database& db, std::string_view text, const std::string& fileName,
                                           const ActionListImportTarget& target) {
    std::vector<CsvRow> rows;
    try {
        rows = readRows(text);
    } catch (const CsvError& e) {
        throw ImportError("line " + std::to_string(e.line()), e.detail());
    }
    ActionListImportResult out;
    try {
        Transaction tx(db);
        if (target.replaceListId != 0) {
            out.listId = target.replaceListId;
            replaceMeasures(db, out.listId, rows);
        } else {
            out.listId = createActionList(db, target.newListName, target.newListLevel, fileName);
            for (const CsvRow& row : rows) addMeasure(db, out.listId, row.fields);
        }
        Statement log = db.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'csv', 'measure', ?)");
        log.bind(1, fileName).bind(2, static_cast<int64_t>(rows.size()));
        log.run();
        tx.commit();
    } catch (const std::invalid_argument& e) {
        // Checked per row above; what is left is about the target list (unknown, the example list).
        throw ImportError("", e.what());
    }
    out.result.table = "measure";
    out.result.rows = static_cast<int64_t>(rows.size());
    out.result.message = std::to_string(rows.size()) + " measures " +
                         (target.replaceListId != 0 ? "now in the list" : "in the new list") + " from " + fileName;
    return out;
}

}  // namespace wb::io
