// The work behind Dashboard.benchIngest (DESIGN.md section 5): parse a long-format CSV
// (area_code,indicator,period,value), load it into a fresh in-memory SQLite table in one
// transaction, aggregate one indicator per area. Timed per phase, so the same work can be
// compared with sql.js + papaparse in the browser and with this code compiled natively.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace wb::io {

struct IngestBenchmarkResult {
    int64_t rows = 0;     // SELECT count(*) FROM t
    int64_t groups = 0;   // rows of the GROUP BY
    double checksum = 0;  // sum of the per-area averages
    double parseMs = 0, insertMs = 0, queryMs = 0, totalMs = 0;
};

// Throws ImportError naming the line for a bad header, a short row or a value that is not a number.
IngestBenchmarkResult runIngestBenchmark(std::string_view csv, const std::string& indicator);

}  // namespace wb::io
