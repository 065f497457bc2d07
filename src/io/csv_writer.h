// Writing CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads
// "Fryslân" correctly), and Dutch conventions when asked (';' between fields, decimal comma), which
// is what a Dutch Excel expects. Files written here import back through the CSV importer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "core/language.h"

namespace wb::io {

struct CsvStyle {
    char delimiter = ',';
    char decimal = '.';
    static CsvStyle forLanguage(Language language) {
        return language == Language::Dutch ? CsvStyle{';', ','} : CsvStyle{',', '.'};
    }
};

class CsvWriter {
public:
    explicit CsvWriter(CsvStyle style);
    void field(std::string_view text);
    void number(double value, int maxDecimals = 6);
    void empty();
    void endRow();
    const std::string& text() const { return out_; }

private:
    void separate();
    CsvStyle style_;
    std::string out_;
    bool rowStarted_ = false;
};

// A whole table or view of the database (its name must exist in sqlite_schema).
std::string tableToCsv(const Database& db, const std::string& tableName, CsvStyle style);

}  // namespace wb::io
