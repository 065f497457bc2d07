// Importing indicator tables (CSV, CBS StatLine exports) into indicator / indicator_value.
// All-or-nothing: one transaction; any bad row throws ImportError naming the line and column,
// and the database is left exactly as it was.
//
// Every value read is stored or accounted for: each label of the file (a column of a wide table,
// a name in the indicator column of a long one) gets its own indicator id (io/indicator_ids.h);
// a file that gives the same area, indicator and period twice is refused with the lines, unless
// the caller says the last value counts; and the message counts the values that are new and
// those that replaced values already in the database. Its counts are what the database holds.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/import_error.h"
#include "io/import_job.h"
#include "io/indicator_value_writer.h"
#include "io/file_values.h"

namespace wb::io {

// What to do when a file gives one area, indicator and period more than once.
enum class RepeatedValues {
    Refuse,   // the import fails and names the lines (the default: a repeat is usually a mistake)
    LastWins  // the later line's value is stored ("laatste waarde telt"); the message counts the others
};

// The refusal of a file that gives values twice: the one refusal the user can settle in the
// column-mapping dialog ("laatste waarde telt"), so the import queue tells it apart.
class RepeatedValuesError : public ImportError {
public:
    using ImportError::ImportError;
};

class AreaLookup;
struct AreaRef;
class ForeignKeysOff;
class LargePageCache;

// The import as a job for the main loop (see import_job.h). `text` must outlive the job.
// `layout` comes from inspectCsv, possibly corrected by the user in the mapping dialog;
// `defaultPeriod` is used when the file has no period column.
class IndicatorCsvImport : public ImportJob {
public:
    IndicatorCsvImport(Database& db, std::string_view text, CsvLayout layout, std::string fileName, int defaultPeriod,
                       RepeatedValues repeats);
    ~IndicatorCsvImport() override;
    bool step(ImportClock::time_point deadline) override;
    double progress() const override;

private:
    // Names-only files are scanned for their names first (io/indicator_import.cpp: AreaLookup);
    // every file is then read into memory and checked, and its values stored in key order.
    enum class Phase { Start, Scan, Read, Store };
    bool needsScan() const;
    void startScan();
    void scanRow();
    void startRead();
    void readRow();
    const AreaRef& areaOfRow(int line);
    uint32_t labelIndex(std::string_view cell, int line);  // long format: the row's indicator
    void startStore();
    bool finish();

    Database& db_;
    std::string_view text_;
    CsvLayout layout_;
    std::string fileName_;
    int defaultPeriod_;
    RepeatedValues repeats_;
    int codeColumn_, nameColumn_, periodColumn_, indicatorColumn_, valueColumn_;
    Phase phase_ = Phase::Start;

    std::unique_ptr<AreaLookup> areas_;
    std::unique_ptr<CsvReader> reader_;
    std::vector<std::string_view> fields_;

    // The indicators: labels in file order, their ids, and for a wide table the column of each.
    std::vector<std::string> labels_;
    std::vector<std::string> ids_;
    std::vector<size_t> valueColumns_;
    std::map<std::string, uint32_t, std::less<>> labelNumbers_;  // long format: label -> number
    uint32_t lastLabel_ = 0;                                     // rows usually come grouped by indicator
    std::map<std::string, int, std::less<>> areaNames_;          // names-only files: name -> first line

    std::string lastAreaCell_;  // the area cell of the row before, and its area
    const AreaRef* lastArea_ = nullptr;
    std::vector<char> areasSeen_;  // by area number

    FileValues values_;
    FileValues::Summary summary_;

    std::unique_ptr<ForeignKeysOff> foreignKeysOff_;  // before transaction_: ends after it
    std::unique_ptr<LargePageCache> pageCache_;        // the same
    std::unique_ptr<Transaction> transaction_;
    std::unique_ptr<IndicatorValueWriter> writer_;
};

}  // namespace wb::io
