// The one import path used by drag-and-drop, the file picker and Dashboard.importFile: looks at
// the file name and content, picks the importer, and reports every failure as an ImportError
// that says what and where. Each importer runs in one transaction.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/database.h"
#include "io/csv_columns.h"
#include "io/import_job.h"
#include "io/indicator_import.h"

namespace wb::io {

// WktCsv: boundaries in a CSV with a WKT geometry column (wkt_csv_reader.h), not an indicator table.
enum class FileKind { Csv, WktCsv, GeoJson, TopoJson, SqliteDatabase, GeoPackage, Unknown };

FileKind detectFileKind(const std::string& name, std::string_view bytes);

struct ImportOptions {
    int defaultPeriod = 0;                 // for tables without a period column
    std::optional<CsvLayout> csvLayout;    // the user's mapping, when the guess was not enough
    RepeatedValues repeats = RepeatedValues::Refuse;  // an indicator table that gives a value twice
};

// Files larger than this are refused before any work (the browser tab would run out of memory).
constexpr size_t kMaxImportBytes = size_t{512} << 20;

// Checks the file and returns the job that imports it (see import_job.h); `bytes` must outlive
// the job. A .sqlite file replaces `db` (result.replacedDatabase); everything else adds to it.
// Throws ImportError when the file is refused before any work (empty, too big, unknown kind,
// CSV columns not recognised).
std::unique_ptr<ImportJob> startImport(Database& db, const std::string& name, std::string_view bytes,
                                       const ImportOptions& options);

// startImport run to the end in one go.
ImportResult importFile(Database& db, const std::string& name, std::string_view bytes, const ImportOptions& options);

}  // namespace wb::io
