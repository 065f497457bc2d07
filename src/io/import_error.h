// The one error type every importer throws: it says what was wrong and where (a line of a CSV,
// a feature of a GeoJSON, a table of a GeoPackage), so the user can find and fix it.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace wb::io {

class ImportError : public std::runtime_error {
public:
    // `where` is human-readable and already formatted, e.g. "line 12", "feature 3 (GM0014)".
    ImportError(std::string where, const std::string& what)
        : std::runtime_error(where.empty() ? what : where + ": " + what), where_(std::move(where)) {}
    const std::string& where() const { return where_; }

private:
    std::string where_;
};

// Text from the file in single quotes, for a message: cut after 60 characters ("'abc...'"), so
// a message never carries megabytes of a broken cell.
std::string quotedCell(std::string_view text);

}  // namespace wb::io
