// Importing indicator tables (CSV, CBS StatLine exports) into indicator / indicator_value.
// All-or-nothing: one transaction; any bad row throws ImportError naming the line and column,
// and the database is left exactly as it was.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/import_job.h"

namespace wb::io {

// `layout` comes from inspectCsv, possibly corrected by the user in the mapping dialog.
// `defaultPeriod` is used when the file has no period column.
ImportResult importIndicatorCsv(Database& db, std::string_view text, const CsvLayout& layout,
                                const std::string& fileName, int defaultPeriod);

class AreaLookup;

// The same import as a job for the main loop (see import_job.h). `text` must outlive the job.
class IndicatorCsvImport : public ImportJob {
public:
    IndicatorCsvImport(Database& db, std::string_view text, CsvLayout layout, std::string fileName, int defaultPeriod);
    ~IndicatorCsvImport() override;
    bool step(ImportClock::time_point deadline) override;
    double progress() const override;  // bytes read / file size

private:
    void begin();
    void storeRow();
    bool finish();

    Database& db_;
    std::string_view text_;
    CsvLayout layout_;
    std::string fileName_;
    int defaultPeriod_;
    int codeColumn_, nameColumn_, periodColumn_, indicatorColumn_, valueColumn_;

    std::unique_ptr<AreaLookup> areas_;
    std::unique_ptr<Transaction> transaction_;
    std::unique_ptr<CsvReader> reader_;
    std::vector<std::string_view> fields_;
    Statement addIndicator_, addValue_;
    std::set<std::string> indicators_;
    std::set<std::string> areasSeen_;
};

}  // namespace wb::io
