#include <gtest/gtest.h>

#include "io/import_error.h"
#include "io/ingest_benchmark.h"

using namespace wb::io;

TEST(IngestBenchmark, AggregatesOneIndicatorPerArea) {
    const std::string csv =
        "area_code,indicator,period,value\n"
        "GM0014,a,2023,1\n"
        "GM0014,a,2024,3\n"
        "GM0014,b,2024,100\n"
        "GM0034,a,2024,10.5\n"
        "GM0034,a,2023,\n";  // NULL: ignored by avg()
    const IngestBenchmarkResult r = runIngestBenchmark(csv, "a");
    EXPECT_EQ(r.rows, 5);
    EXPECT_EQ(r.groups, 2);
    EXPECT_DOUBLE_EQ(r.checksum, 2.0 + 10.5);
    EXPECT_GE(r.totalMs, r.parseMs + r.insertMs + r.queryMs - 1e-6);
}

TEST(IngestBenchmark, NamesTheLineOfBadInput) {
    EXPECT_THROW(runIngestBenchmark("code,indicator,period,value\n", "a"), ImportError);
    try {
        runIngestBenchmark("area_code,indicator,period,value\nGM1,a,2024,1\nGM2,a,2024,x\n", "a");
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_EQ(e.where(), "line 3");
        EXPECT_STREQ(e.what(), "line 3: value is not a number");
    }
    try {
        runIngestBenchmark("area_code,indicator,period,value\nGM1,a,2024\n", "a");
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "line 2: expected 4 fields, found 3");
    }
}
