// Files waiting to be imported, the one being imported, and the CSV waiting for the user to say
// what its columns mean. Every import (drag-and-drop, the file picker, Dashboard.importFile) goes
// through here, one at a time, in slices between frames (see io/import_job.h and views/import_pacing.h), so the page never freezes.
// Platform-free: the main loop calls advanceImports() and hands finished outcomes to the page.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/file_import.h"
#include "io/import_job.h"

namespace wb {

struct AppState;

struct PendingImport {
    std::string name;
    std::string bytes;           // owned here: the job reads from it
    io::ImportOptions options;
    int requestId = 0;           // the Dashboard.importFile promise to settle; 0 = nobody waits
    bool interactive = false;    // from the user: unrecognised CSV columns open the mapping dialog
};

struct ImportOutcome {
    int requestId = 0;
    bool ok = false;
    io::ImportResult result;
    std::string message;  // "name: what happened" or "name, where: what went wrong"
};

// A CSV whose columns were not recognised, shown in the mapping dialog until the user decides.
struct ColumnMappingRequest {
    PendingImport file;
    io::CsvLayout layout;                            // the guess, edited by the user
    std::vector<std::vector<std::string>> samples;   // the first rows, to show what each column holds
    int period = 0;                                  // used when no column is the period
    bool lastValueWins = false;                      // a value given twice: keep the last (else refuse)
    std::string problem;                             // why a recognised file came here (English), or ""
};

struct ImportQueue {
    std::deque<PendingImport> waiting;
    std::unique_ptr<PendingImport> current;  // unique_ptr: the job keeps a view of its bytes
    std::unique_ptr<io::ImportJob> job;
    std::optional<ColumnMappingRequest> mapping;
    std::vector<ImportOutcome> finished;     // collected by the platform layer each frame

    bool busy() const { return current || mapping || !waiting.empty(); }
    double progress() const { return job ? job->progress() : 0.0; }
};

// How the mapping dialog's sample values of `column` will be read, in the interface language:
// "243.765 · 12,5 · geen getal" for a column of values, "" for any other column.
std::string valuesReadAs(const ColumnMappingRequest& request, size_t column);

void queueImport(AppState& app, PendingImport file);

// Starts the next file or works on the current one until `deadline`. Finished imports (and
// failed ones: the database is then unchanged) are appended to app.imports.finished and noticed.
void advanceImports(AppState& app, io::ImportClock::time_point deadline);

// The mapping dialog's buttons.
void acceptColumnMapping(AppState& app);
void cancelColumnMapping(AppState& app);
// The progress dialog's cancel button: the import rolls back.
void cancelCurrentImport(AppState& app);

// {ok, table, rows, message} for Dashboard.importFile. The message is in English whatever the
// interface language (scripts depend on it); only the notice on screen is translated
// (io/import_message_dutch.h).
std::string outcomeJson(const ImportOutcome& outcome);

}  // namespace wb
