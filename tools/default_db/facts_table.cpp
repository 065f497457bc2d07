#include "facts_table.h"

#include "asset_file.h"

#include <stdexcept>

#include "io/csv_reader.h"

namespace wb::tools {
namespace {

double toDouble(std::string_view text, int line) {
    try {
        size_t used = 0;
        const double v = std::stod(std::string(text), &used);
        if (used == text.size()) return v;
    } catch (const std::exception&) {
    }
    throw std::runtime_error("facts table line " + std::to_string(line) + ": not a number: " + std::string(text));
}

}  // namespace

std::vector<AreaFacts> readFactsTable(const std::string& path) {
    const std::string text = readAssetFile(path);

    CsvReader reader(text, ',', '#');
    std::vector<std::string_view> fields;
    if (!reader.next(fields) || fields.size() != 9 || fields[0] != "level") {
        throw std::runtime_error(path + ": unexpected header");
    }
    std::vector<AreaFacts> out;
    while (reader.next(fields)) {
        const int line = reader.line();
        if (fields.size() != 9) throw std::runtime_error(path + " line " + std::to_string(line) + ": expected 9 fields");
        AreaFacts f;
        const auto level = areaLevelFromString(fields[0]);
        if (!level) throw std::runtime_error(path + " line " + std::to_string(line) + ": unknown level");
        f.area.level = *level;
        f.area.code = std::string(fields[1]);
        f.area.name = std::string(fields[2]);
        f.area.parentCode = std::string(fields[3]);
        f.area.centroidLon = toDouble(fields[4], line);
        f.area.centroidLat = toDouble(fields[5], line);
        f.population = static_cast<int64_t>(toDouble(fields[6], line));
        f.landKm2 = toDouble(fields[7], line);
        f.dwellings = static_cast<int64_t>(toDouble(fields[8], line));
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace wb::tools
