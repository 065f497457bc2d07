// Names of tables and columns that come from a file (a GeoPackage's gpkg_contents, a feature's
// property names) and have to appear in SQL text: quoting them, and comparing them as SQLite does.
#pragma once

#include <string>
#include <string_view>

namespace wb::io {

// `name` as a double-quoted SQL identifier with inner quotes doubled, so that no name can end the
// identifier and inject SQL.
std::string quotedSqlIdentifier(std::string_view name);

// SQLite treats identifiers that differ only in ASCII case as the same: equal keys mean one name.
std::string sqlNameKey(std::string_view name);

// Table names SQLite (sqlite_) and GeoPackage (gpkg_, rtree_ for spatial indexes) keep for
// themselves: never a feature layer.
bool isReservedTableName(std::string_view name);

}  // namespace wb::io
