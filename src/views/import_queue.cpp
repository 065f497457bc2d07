#include "views/import_queue.h"

#include <cmath>

#include "core/json_writer.h"
#include "core/number_format.h"
#include "io/action_list_file.h"
#include "io/csv_reader.h"
#include "io/import_error.h"
#include "io/import_message_dutch.h"
#include "io/number_parser.h"
#include "io/text_encoding.h"
#include "views/app_state.h"
#include "views/strings.h"

namespace wb {
namespace {

constexpr size_t kMappingSampleRows = 3;

// The notice speaks the interface language; outcome.message stays English, the contract of
// Dashboard.importFile for scripts. It is "name: what happened" or "name, where: what went wrong".
std::string noticeText(const ImportOutcome& outcome, const std::string& fileName) {
    const std::string& m = outcome.message;
    if (m.size() < fileName.size() + 2 || m.compare(0, fileName.size(), fileName) != 0) return m;
    return m.substr(0, fileName.size() + 2) + io::importMessageIn(ui::currentLanguage(), m.substr(fileName.size() + 2));
}

void finish(AppState& app, ImportOutcome outcome, const std::string& fileName) {
    if (outcome.ok) {
        if (outcome.result.replacedDatabase) app.open(std::move(app.db));
        app.dataChanged(outcome.result.table == "area");
        app.notify(std::string(ui::tr(ui::Text::NoticeImported)) + ": " + noticeText(outcome, fileName), false);
    } else {
        app.notify(std::string(ui::tr(ui::Text::NoticeImportFailed)) + ": " + noticeText(outcome, fileName), true);
    }
    app.imports.finished.push_back(std::move(outcome));
}

void fail(AppState& app, const PendingImport& file, const std::string& message) {
    ImportOutcome outcome;
    outcome.requestId = file.requestId;
    outcome.message = file.name + message;
    finish(app, std::move(outcome), file.name);
}

std::string describe(const io::ImportError& e) { return (e.where().empty() ? ": " : ", ") + std::string(e.what()); }

// An interactive CSV import goes to the mapping dialog when its columns or period cannot be
// guessed, or, with a `problem`, when it was refused for something the dialog can settle (values
// given twice: "laatste waarde telt"). Returns false when the file goes ahead (or fails) as it is.
bool openMapping(AppState& app, PendingImport& file, const std::string& problem = {}) {
    if (!file.interactive || (problem.empty() && file.options.csvLayout)) return false;
    if (io::detectFileKind(file.name, file.bytes) != io::FileKind::Csv) return false;
    io::CsvLayout layout;
    io::DecodedText decoded;
    try {
        decoded = io::decodeText(file.bytes);
        if (io::isActionListCsv(decoded.text())) return false;
        layout = file.options.csvLayout ? *file.options.csvLayout : io::inspectCsv(decoded.text());
    } catch (const CsvError&) {
        return false;  // malformed: the import itself reports where
    } catch (const io::ImportError&) {
        return false;  // broken UTF-16: the same
    }
    const bool hasPeriod = layout.columnWith(io::ColumnRole::Period) >= 0 || file.options.defaultPeriod > 0;
    if (problem.empty() && layout.isComplete() && hasPeriod) return false;

    ColumnMappingRequest request;
    CsvReader reader(decoded.text(), layout.delimiter);
    std::vector<std::string_view> fields;
    reader.next(fields);  // header
    while (request.samples.size() < kMappingSampleRows && reader.next(fields)) {
        request.samples.emplace_back(fields.begin(), fields.end());
    }
    request.layout = std::move(layout);
    request.period = file.options.defaultPeriod;
    request.lastValueWins = file.options.repeats == io::RepeatedValues::LastWins;
    request.problem = problem;
    request.file = std::move(file);
    app.imports.mapping = std::move(request);
    return true;
}

void startNext(AppState& app) {
    ImportQueue& q = app.imports;
    PendingImport file = std::move(q.waiting.front());
    q.waiting.pop_front();
    if (app.readOnly) {  // the public version shows what was published and nothing else
        fail(app, file, ": this is the public version of the dashboard, which is read-only: nothing was imported");
        return;
    }
    if (openMapping(app, file)) return;
    q.current = std::make_unique<PendingImport>(std::move(file));
    try {
        q.job = io::startImport(app.db, q.current->name, q.current->bytes, q.current->options);
    } catch (const io::ImportError& e) {
        const PendingImport failed = std::move(*q.current);
        q.current.reset();
        fail(app, failed, describe(e));
    }
}

}  // namespace

std::string valuesReadAs(const ColumnMappingRequest& request, size_t column) {
    const io::ColumnRole role = column < request.layout.roles.size() ? request.layout.roles[column] : io::ColumnRole::Ignore;
    if (role != io::ColumnRole::Value && role != io::ColumnRole::IndicatorValues) return {};
    std::string out;
    for (const auto& row : request.samples) {
        if (column >= row.size() || io::isMissingValue(row[column])) continue;
        if (!out.empty()) out += " \xC2\xB7 ";  // a middle dot
        const std::optional<double> value = io::parseSpreadsheetNumber(row[column], request.layout.decimal);
        if (!value) {
            out += ui::tr(ui::Text::MappingNotANumber);
            continue;
        }
        int decimals = 0;  // as many as the value needs, up to six
        while (decimals < 6 && std::fabs(*value * std::pow(10.0, decimals) - std::round(*value * std::pow(10.0, decimals))) > 1e-9)
            ++decimals;
        out += formatNumber(*value, decimals, ui::currentLanguage());
    }
    return out;
}

void queueImport(AppState& app, PendingImport file) { app.imports.waiting.push_back(std::move(file)); }

void advanceImports(AppState& app, io::ImportClock::time_point deadline) {
    ImportQueue& q = app.imports;
    if (q.mapping) return;  // waiting for the user
    if (!q.current) {
        if (q.waiting.empty()) return;
        startNext(app);
        // The slice goes on with the new job: the page draws the progress dialog in the frames
        // between slices.
        if (!q.current) return;
    }
    ImportOutcome outcome;
    outcome.requestId = q.current->requestId;
    try {
        if (!q.job->step(deadline)) return;
        outcome.ok = true;
        outcome.result = q.job->result();
        outcome.message = q.current->name + ": " + outcome.result.message;
    } catch (const io::RepeatedValuesError& e) {
        q.job.reset();  // rolls back
        if (openMapping(app, *q.current, e.what())) {
            q.current.reset();
            return;  // the user decides: keep the last values, or cancel
        }
        outcome.message = q.current->name + describe(e);
    } catch (const io::ImportError& e) {
        outcome.message = q.current->name + describe(e);
    } catch (const std::exception& e) {  // e.g. out of memory: still all-or-nothing
        outcome.message = q.current->name + ": " + e.what();
    }
    q.job.reset();  // rolls back unless committed
    const std::string fileName = q.current->name;
    q.current.reset();
    finish(app, std::move(outcome), fileName);
}

void acceptColumnMapping(AppState& app) {
    ImportQueue& q = app.imports;
    if (!q.mapping) return;
    PendingImport file = std::move(q.mapping->file);
    file.options.csvLayout = std::move(q.mapping->layout);
    file.options.defaultPeriod = q.mapping->period;
    file.options.repeats = q.mapping->lastValueWins ? io::RepeatedValues::LastWins : io::RepeatedValues::Refuse;
    q.mapping.reset();
    q.waiting.push_front(std::move(file));
}

void cancelColumnMapping(AppState& app) {
    ImportQueue& q = app.imports;
    if (!q.mapping) return;
    const PendingImport file = std::move(q.mapping->file);
    q.mapping.reset();
    fail(app, file, std::string(": ") + ui::tr(ui::Text::ImportCancelled));
}

void cancelCurrentImport(AppState& app) {
    ImportQueue& q = app.imports;
    if (!q.current) return;
    q.job.reset();  // the transaction rolls back
    const PendingImport file = std::move(*q.current);
    q.current.reset();
    fail(app, file, std::string(": ") + ui::tr(ui::Text::ImportCancelled));
}

std::string outcomeJson(const ImportOutcome& outcome) {
    std::string out = std::string("{\"ok\":") + (outcome.ok ? "true" : "false") + ",\"table\":";
    appendJsonString(out, outcome.ok ? outcome.result.table : "");
    out += ",\"rows\":" + std::to_string(outcome.ok ? outcome.result.rows : 0) + ",\"message\":";
    appendJsonString(out, outcome.message);
    return out + "}";
}

}  // namespace wb
