#include "io/csv_writer.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>

#include "io/import_error.h"

namespace wb::io {

CsvWriter::CsvWriter(CsvStyle style) : style_(style), out_("\xEF\xBB\xBF") {}

void CsvWriter::separate() {
    if (rowStarted_) out_ += style_.delimiter;
    rowStarted_ = true;
}

void CsvWriter::field(std::string_view text) {
    separate();
    const bool quote = text.find_first_of(std::string("\"\r\n") + style_.delimiter) != std::string_view::npos;
    if (!quote) {
        out_ += text;
        return;
    }
    out_ += '"';
    for (char c : text) {
        if (c == '"') out_ += '"';
        out_ += c;
    }
    out_ += '"';
}

void CsvWriter::number(double value, int maxDecimals) {
    if (!std::isfinite(value)) return empty();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", maxDecimals, value);
    std::string text(buf);
    if (text.find('.') != std::string::npos) {  // drop trailing zeros: 2.500000 -> 2.5, 3.000 -> 3
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    for (char& c : text) {
        if (c == '.') c = style_.decimal;
    }
    separate();
    out_ += text;
}

void CsvWriter::empty() { separate(); }

void CsvWriter::endRow() {
    out_ += "\r\n";
    rowStarted_ = false;
}

std::string tableToCsv(const Database& db, const std::string& tableName, CsvStyle style) {
    Statement exists = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?");
    exists.bind(1, tableName);
    if (!exists.step() || exists.getInt(0) != 1) throw ImportError("", "no table or view called " + tableName);
    std::string quoted = "\"";
    for (char c : tableName) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += '"';
    Statement st = db.prepare("SELECT * FROM " + quoted);
    CsvWriter csv(style);
    for (int c = 0; c < st.columnCount(); ++c) csv.field(st.columnName(c));
    csv.endRow();
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            switch (st.columnType(c)) {
                case SQLITE_INTEGER: csv.field(std::to_string(st.getInt(c))); break;
                case SQLITE_FLOAT: csv.number(st.getDouble(c), 9); break;
                case SQLITE_NULL: csv.empty(); break;
                case SQLITE_BLOB: csv.field("(" + std::to_string(st.getBlob(c).size()) + " bytes)"); break;
                default: csv.field(st.getTextView(c));
            }
        }
        csv.endRow();
    }
    return csv.text();
}

}  // namespace wb::io
