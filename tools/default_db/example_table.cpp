#include "example_table.h"

#include "asset_file.h"

#include <stdexcept>

#include "io/csv_reader.h"

namespace wb::tools {

ExampleTable ExampleTable::read(const std::string& assetsDir, const std::string& name) {
    const std::string path = assetsDir + "/" + name;
    const std::string text = readAssetFile(path);

    ExampleTable table;
    table.name_ = name;
    try {
        CsvReader reader(text, ',', '#');
        std::vector<std::string_view> fields;
        if (!reader.next(fields)) throw std::runtime_error(name + ": no header");
        for (auto f : fields) table.columns_.emplace_back(f);
        while (reader.next(fields)) {
            if (fields.size() != table.columns_.size()) {
                throw std::runtime_error(name + " line " + std::to_string(reader.line()) + ": expected " +
                                         std::to_string(table.columns_.size()) + " fields, found " +
                                         std::to_string(fields.size()));
            }
            table.rows_.emplace_back(fields.begin(), fields.end());
            table.lines_.push_back(reader.line());
        }
    } catch (const CsvError& e) {
        throw std::runtime_error(name + " " + e.what());
    }
    return table;
}

size_t ExampleTable::columnIndex(std::string_view column) const {
    for (size_t i = 0; i < columns_.size(); ++i) {
        if (columns_[i] == column) return i;
    }
    throw std::runtime_error(name_ + ": no column " + std::string(column));
}

void ExampleTable::fail(size_t row, const std::string& detail) const {
    throw std::runtime_error(name_ + " line " + std::to_string(lines_[row]) + ": " + detail);
}

const std::string& ExampleTable::text(size_t row, std::string_view column) const {
    return rows_[row][columnIndex(column)];
}

double ExampleTable::number(size_t row, std::string_view column) const {
    const std::string& field = text(row, column);
    try {
        size_t used = 0;
        const double value = std::stod(field, &used);
        if (used == field.size()) return value;
    } catch (const std::exception&) {
    }
    fail(row, std::string(column) + " is not a number: " + field);
}

int ExampleTable::integer(size_t row, std::string_view column) const {
    const double value = number(row, column);
    if (value != static_cast<double>(static_cast<int>(value))) fail(row, std::string(column) + " is not a whole number");
    return static_cast<int>(value);
}

std::vector<std::string> ExampleTable::list(size_t row, std::string_view column) const {
    std::vector<std::string> items;
    std::stringstream in(text(row, column));
    std::string item;
    while (std::getline(in, item, ';')) {
        if (!item.empty()) items.push_back(item);
    }
    return items;
}

}  // namespace wb::tools
