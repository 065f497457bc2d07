// bench_ingest FILE.csv INDICATOR
// The Dashboard.benchIngest work compiled natively, as the yardstick for the wasm build.
// Prints the same JSON fields the page returns.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "io/ingest_benchmark.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_ingest FILE.csv INDICATOR\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "bench_ingest: cannot read %s\n", argv[1]);
        return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string csv = buffer.str();
    try {
        const auto r = wb::io::runIngestBenchmark(csv, argv[2]);
        std::printf("{\"rows\":%lld,\"groups\":%lld,\"parse_ms\":%.1f,\"insert_ms\":%.1f,\"query_ms\":%.1f,"
                    "\"total_ms\":%.1f,\"checksum\":%.6f}\n",
                    static_cast<long long>(r.rows), static_cast<long long>(r.groups), r.parseMs, r.insertMs,
                    r.queryMs, r.totalMs, r.checksum);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_ingest: %s\n", e.what());
        return 1;
    }
    return 0;
}
