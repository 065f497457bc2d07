// bench_ingest FILE.csv INDICATOR
//   The Dashboard.benchIngest work compiled natively, as the yardstick for the wasm build.
//   Prints the same JSON fields the page returns.
// bench_ingest --import DATABASE.sqlite FILE.csv
//   The user's path (Dashboard.importFile, the import button) natively: the file imported into a
//   copy of DATABASE in memory, in slices of 80 ms as the page's main loop runs them on a quick
//   machine, to see where the time goes (run it under perf).
// Both print cpu_ms too, the processor time of the timed part: unlike total_ms it hardly moves
// when other work shares the machine, so the two paths can be compared on a busy machine.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/database.h"
#include "io/file_import.h"
#include "io/ingest_benchmark.h"

namespace {

std::string readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

double cpuMsSince(std::clock_t start) { return 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

int benchmark(const char* csvPath, const char* indicator) {
    const std::string csv = readFile(csvPath);
    const std::clock_t cpuStart = std::clock();
    const auto r = wb::io::runIngestBenchmark(csv, indicator);
    const double cpuMs = cpuMsSince(cpuStart);
    std::printf("{\"rows\":%lld,\"groups\":%lld,\"parse_ms\":%.1f,\"insert_ms\":%.1f,\"query_ms\":%.1f,"
                "\"total_ms\":%.1f,\"cpu_ms\":%.1f,\"checksum\":%.6f}\n",
                static_cast<long long>(r.rows), static_cast<long long>(r.groups), r.parseMs, r.insertMs, r.queryMs,
                r.totalMs, cpuMs, r.checksum);
    return 0;
}

int userImport(const char* databasePath, const char* csvPath) {
    const std::string file = readFile(databasePath);
    wb::Database db = wb::Database::fromBytes(reinterpret_cast<const uint8_t*>(file.data()), file.size());
    const std::string csv = readFile(csvPath);
    using Clock = wb::io::ImportClock;
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    auto job = wb::io::startImport(db, csvPath, csv, {});
    const double startMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    // The longest slice says whether some step holds a frame far past its deadline (the page
    // would stop drawing meanwhile): with 80 ms slices it should be little over 80 ms.
    int slices = 0;
    double longestSliceMs = 0, longestAt = 0;
    for (bool done = false; !done; ++slices) {
        const auto sliceStart = Clock::now();
        const double progressBefore = job->progress();
        done = job->step(sliceStart + std::chrono::milliseconds(80));
        const double sliceMs = std::chrono::duration<double, std::milli>(Clock::now() - sliceStart).count();
        if (sliceMs > longestSliceMs) longestSliceMs = sliceMs, longestAt = progressBefore;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const double cpuMs = cpuMsSince(cpuStart);
    std::printf("{\"rows\":%lld,\"start_ms\":%.1f,\"slices\":%d,\"longest_slice_ms\":%.1f,\"longest_slice_from_progress\":%.3f,"
                "\"total_ms\":%.1f,\"cpu_ms\":%.1f,\"message\":\"%s\"}\n",
                static_cast<long long>(job->result().rows), startMs, slices, longestSliceMs, longestAt, ms, cpuMs,
                job->result().message.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 4 && std::string(argv[1]) == "--import") return userImport(argv[2], argv[3]);
        if (argc == 3) return benchmark(argv[1], argv[2]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_ingest: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "usage: bench_ingest FILE.csv INDICATOR | bench_ingest --import DATABASE.sqlite FILE.csv\n");
    return 2;
}
