#include "io/file_import.h"

#include <algorithm>
#include <cctype>

#include "core/untrusted_database.h"
#include "io/action_list_file.h"
#include "io/boundary_import.h"
#include "io/csv_reader.h"
#include "io/decoded_text_import.h"
#include "io/geo_file_reader.h"
#include "io/geopackage_reader.h"
#include "io/import_error.h"
#include "io/import_job.h"
#include "io/practice_pack.h"
#include "io/wkt_csv_reader.h"

namespace wb::io {
namespace {

std::string extensionOf(const std::string& name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string ext = name.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool startsWithSqliteHeader(std::string_view bytes) { return bytes.substr(0, 16) == std::string_view("SQLite format 3\0", 16); }

}  // namespace

FileKind detectFileKind(const std::string& name, std::string_view bytes) {
    const std::string ext = extensionOf(name);
    if (startsWithSqliteHeader(bytes))
        return ext == "gpkg" || isGeoPackage(bytes) ? FileKind::GeoPackage : FileKind::SqliteDatabase;
    if (ext == "csv" || ext == "tsv" || ext == "txt") return isWktCsv(bytes) ? FileKind::WktCsv : FileKind::Csv;
    if (ext == "topojson") return FileKind::TopoJson;
    if (ext == "geojson" || ext == "json") {
        // A TopoJSON file is often called .json too: look for its type near the start.
        const std::string_view head = bytes.substr(0, 4096);
        return head.find("\"Topology\"") != std::string_view::npos ? FileKind::TopoJson : FileKind::GeoJson;
    }
    if (ext == "sqlite" || ext == "sqlite3" || ext == "db" || ext == "gpkg") return FileKind::SqliteDatabase;
    return FileKind::Unknown;
}

namespace {

// Opening a .sqlite file: its checks run a table per part (core/untrusted_database.h), as many
// parts a slice as fit.
class DatabaseFileImport : public ImportJob {
public:
    DatabaseFileImport(Database& db, std::string_view bytes) : db_(db), bytes_(bytes) {}

    bool step(ImportClock::time_point deadline) override {
        try {
            if (!opening_) {
                opening_ = std::make_unique<UntrustedDatabaseOpening>(reinterpret_cast<const uint8_t*>(bytes_.data()),
                                                                      bytes_.size());
            }
            while (!opening_->step()) {
                if (ImportClock::now() >= deadline) return false;
            }
        } catch (const DatabaseError& e) {
            throw ImportError("", e.what());
        }
        Database opened = opening_->take();
        opening_.reset();
        result_.table = "database";
        result_.rows = opened.scalarInt("SELECT count(*) FROM area");
        result_.replacedDatabase = true;
        result_.message = "opened the database: " + std::to_string(result_.rows) + " areas, " +
                          std::to_string(opened.scalarInt("SELECT count(*) FROM indicator_value")) +
                          " indicator values";
        db_ = std::move(opened);
        return true;
    }
    double progress() const override { return opening_ ? opening_->progress() : 0; }

private:
    Database& db_;
    std::string_view bytes_;
    std::unique_ptr<UntrustedDatabaseOpening> opening_;
};

}  // namespace

std::unique_ptr<ImportJob> startImport(Database& db, const std::string& name, std::string_view bytes,
                                       const ImportOptions& options) {
    if (bytes.size() > kMaxImportBytes) {
        throw ImportError("", "the file is " + std::to_string(bytes.size() >> 20) + " MB; the limit is " +
                                  std::to_string(kMaxImportBytes >> 20) + " MB");
    }
    if (bytes.empty()) throw ImportError("", "the file is empty");
    switch (detectFileKind(name, bytes)) {
        case FileKind::Csv:
            return startOnDecodedText(bytes, [&](std::string_view text) -> std::unique_ptr<ImportJob> {
                if (isActionListCsv(text)) return startActionListImport(db, text, name);  // a baseline action list
                try {
                    CsvLayout layout = options.csvLayout ? *options.csvLayout : inspectCsv(text);
                    return std::make_unique<IndicatorCsvImport>(db, text, std::move(layout), name, options.defaultPeriod,
                                                                options.repeats);
                } catch (const CsvError& e) {
                    throw ImportError("line " + std::to_string(e.line()), e.detail());
                }
            });
        case FileKind::GeoJson:
        case FileKind::TopoJson:
            return startOnDecodedText(bytes, [&](std::string_view text) -> std::unique_ptr<ImportJob> {
                // A .json file may be a practice pack: another municipality's good practices.
                if (detectFileKind(name, text) == FileKind::GeoJson && looksLikePracticePack(text)) {
                    return std::make_unique<PracticePackImport>(db, text, name);
                }
                return std::make_unique<BoundaryImport>(db, readGeoFileInParts(text), name);
            });
        case FileKind::WktCsv:
            return startOnDecodedText(bytes, [&](std::string_view text) -> std::unique_ptr<ImportJob> {
                return std::make_unique<BoundaryImport>(db, readWktCsvInParts(text), name);
            });
        case FileKind::SqliteDatabase:
            return std::make_unique<DatabaseFileImport>(db, bytes);
        case FileKind::GeoPackage:
            return std::make_unique<BoundaryImport>(db, readGeoPackageInParts(bytes), name);
        case FileKind::Unknown:
            break;
    }
    throw ImportError("", "unknown file type: use .csv, .geojson, .topojson, .gpkg or .sqlite");
}

ImportResult importFile(Database& db, const std::string& name, std::string_view bytes, const ImportOptions& options) {
    return runToEnd(*startImport(db, name, bytes, options));
}

}  // namespace wb::io
