#include "io/sql_identifier.h"

namespace wb::io {

std::string quotedSqlIdentifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string sqlNameKey(std::string_view name) {
    std::string key(name);
    for (char& c : key)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');  // ASCII only, as SQLite folds
    return key;
}

bool isReservedTableName(std::string_view name) {
    const std::string key = sqlNameKey(name);
    for (std::string_view prefix : {"SQLITE_", "GPKG_", "RTREE_"})
        if (key.compare(0, prefix.size(), prefix) == 0) return true;
    return false;
}

}  // namespace wb::io
