// An example-content CSV from assets/ (example_*.csv): a header, '#' comment lines, fields looked up
// by column name. Text files, so people who do not program can edit the example wording.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wb::tools {

class ExampleTable {
public:
    // Reads assets/<name>. Throws std::runtime_error naming the file and line on a malformed row.
    static ExampleTable read(const std::string& assetsDir, const std::string& name);

    size_t size() const { return rows_.size(); }
    const std::string& text(size_t row, std::string_view column) const;
    double number(size_t row, std::string_view column) const;
    int integer(size_t row, std::string_view column) const;
    // A field holding a ';'-separated list; empty items are dropped.
    std::vector<std::string> list(size_t row, std::string_view column) const;

private:
    size_t columnIndex(std::string_view column) const;
    [[noreturn]] void fail(size_t row, const std::string& detail) const;

    std::string name_;
    std::vector<std::string> columns_;
    std::vector<std::vector<std::string>> rows_;
    std::vector<int> lines_;
};

}  // namespace wb::tools
