#include "io/ingest_benchmark.h"

#include <sqlite3.h>

#include <chrono>
#include <optional>
#include <vector>

#include "core/database.h"
#include "io/csv_reader.h"
#include "io/import_error.h"
#include "io/number_parser.h"

namespace wb::io {
namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Parsed rows, column by column; text fields are views into the caller's CSV buffer.
struct Columns {
    std::vector<std::string_view> area, indicator;
    std::vector<int64_t> period;
    std::vector<std::optional<double>> value;
};

Columns parse(std::string_view csv) {
    CsvReader reader(csv, ',');
    std::vector<std::string_view> f;
    if (!reader.next(f) || f.size() != 4 || f[0] != "area_code" || f[1] != "indicator" || f[2] != "period" ||
        f[3] != "value") {
        throw ImportError("line 1", "expected the header area_code,indicator,period,value");
    }
    Columns c;
    const size_t estimate = csv.size() / 32;  // typical row length; avoids repeated regrowth
    c.area.reserve(estimate);
    c.indicator.reserve(estimate);
    c.period.reserve(estimate);
    c.value.reserve(estimate);
    while (reader.next(f)) {
        if (f.size() != 4) {
            throw ImportError("line " + std::to_string(reader.line()),
                              "expected 4 fields, found " + std::to_string(f.size()));
        }
        const auto period = parseInteger(f[2]);
        if (!period) throw ImportError("line " + std::to_string(reader.line()), "period is not a whole number");
        std::optional<double> value;
        if (!f[3].empty()) {
            value = parseDecimal(f[3]);
            if (!value) throw ImportError("line " + std::to_string(reader.line()), "value is not a number");
        }
        c.area.push_back(f[0]);
        c.indicator.push_back(f[1]);
        c.period.push_back(*period);
        c.value.push_back(value);
    }
    return c;
}

}  // namespace

IngestBenchmarkResult runIngestBenchmark(std::string_view csv, const std::string& indicator) {
    IngestBenchmarkResult r;
    const auto start = Clock::now();
    Columns columns;
    try {
        columns = parse(csv);
    } catch (const CsvError& e) {
        throw ImportError("line " + std::to_string(e.line()), e.detail());
    }
    r.parseMs = msSince(start);

    const auto insertStart = Clock::now();
    Database db = Database::openMemory();
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;"
            "CREATE TABLE t(area_code TEXT, indicator TEXT, period INTEGER, value REAL)");
    {
        Transaction tx(db);
        Statement insert = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)");
        sqlite3_stmt* st = insert.handle();
        // The raw API with SQLITE_STATIC: the CSV buffer outlives the statement, so SQLite need
        // not copy the text before storing it.
        for (size_t i = 0; i < columns.area.size(); ++i) {
            sqlite3_bind_text(st, 1, columns.area[i].data(), static_cast<int>(columns.area[i].size()), SQLITE_STATIC);
            sqlite3_bind_text(st, 2, columns.indicator[i].data(), static_cast<int>(columns.indicator[i].size()),
                              SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, columns.period[i]);
            if (columns.value[i]) sqlite3_bind_double(st, 4, *columns.value[i]);
            else sqlite3_bind_null(st, 4);
            insert.step();
            sqlite3_reset(st);
        }
        tx.commit();
    }
    r.insertMs = msSince(insertStart);

    const auto queryStart = Clock::now();
    Statement groups = db.prepare("SELECT area_code, avg(value) FROM t WHERE indicator = ? GROUP BY area_code");
    groups.bind(1, indicator);
    while (groups.step()) {
        ++r.groups;
        r.checksum += groups.getDouble(1);
    }
    r.rows = db.scalarInt("SELECT count(*) FROM t");
    r.queryMs = msSince(queryStart);
    r.totalMs = msSince(start);
    return r;
}

}  // namespace wb::io
