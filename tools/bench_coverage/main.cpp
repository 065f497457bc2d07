// bench_coverage DATABASE.sqlite [MUNICIPALITIES.topojson] [CELLS_PER_AREA] [RADIUS_KM]
// Times the coverage analysis for all municipalities: loading (boundaries read and spread into
// population cells), a full recompute (every qualifying point placed again), and the "what if"
// edits a user makes by dragging a point (move), adding and removing one. With a boundary file the
// municipalities' real polygons are imported first; without one the land-area discs are used.
// Prints one JSON line.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/coverage_analysis.h"
#include "geo/projection.h"
#include "io/boundary_import.h"
#include "io/stored_geometry.h"
#include "io/topojson_reader.h"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_coverage DATABASE.sqlite [MUNICIPALITIES.topojson] [CELLS_PER_AREA] [RADIUS_KM]\n");
        return 2;
    }
    try {
        const std::string bytes = readFile(argv[1]);
        wb::Database db = wb::Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        if (argc > 2 && std::string(argv[2]) != "-") {
            wb::io::importBoundaries(db, wb::io::readTopoJson(readFile(argv[2])), argv[2]);
        }
        wb::CoverageSettings settings;
        settings.spread.cellsPerArea = argc > 3 ? std::atoi(argv[3]) : 400;
        settings.radiusKm = argc > 4 ? std::atof(argv[4]) : 2.0;
        settings.points.statuses = {"active", "candidate"};

        auto start = Clock::now();
        auto analysis = wb::CoverageAnalysis::load(db, settings, wb::io::storedBoundaries(db, settings.level, settings.year));
        const double loadMs = msSince(start);
        const auto& model = analysis.model();
        size_t withBoundary = 0;
        for (auto p : model.cells().placement) withBoundary += p == wb::geo::Placement::Boundary;

        // Full recompute: the same points placed again from scratch, a few times.
        std::vector<double> full;
        for (int i = 0; i < 5; ++i) {
            start = Clock::now();
            analysis.setQualification(settings.points);
            full.push_back(msSince(start));
        }

        // Dragging: each move of one point, followed by reading every area's figures (what a
        // redraw of the map and the list needs).
        std::vector<int64_t> ids;
        for (const auto& load : model.pointLoads()) ids.push_back(load.id);
        std::mt19937 random(42);
        std::normal_distribution<double> step(0.0, 0.3);  // km per drag step
        std::vector<double> moves, movesWithRead;
        double checksum = 0;
        for (int i = 0; i < 2000; ++i) {
            const int64_t id = ids[random() % ids.size()];
            const auto* point = &*std::find_if(analysis.allPoints().begin(), analysis.allPoints().end(),
                                               [id](const wb::ResiliencePoint& p) { return p.id == id; });
            const double lon = point->lon + step(random) / 68.0, lat = point->lat + step(random) / 111.0;
            start = Clock::now();
            analysis.movePoint(id, lon, lat);
            moves.push_back(msSince(start));
            for (size_t a = 0; a < model.areaCount(); ++a) checksum += model.area(a).coveredShare;
            movesWithRead.push_back(msSince(start));
        }
        std::vector<double> addRemove;
        for (int i = 0; i < 500; ++i) {
            wb::ResiliencePoint candidate = analysis.allPoints()[random() % analysis.allPoints().size()];
            candidate.id = 0;
            candidate.status = "active";
            candidate.lon += step(random) / 68.0;
            start = Clock::now();
            const int64_t id = analysis.addPoint(candidate);
            analysis.removePoint(id);
            addRemove.push_back(msSince(start));
        }
        std::printf("{\"areas\":%zu,\"with_boundary\":%zu,\"cells\":%zu,\"points\":%zu,\"radius_km\":%.2f,"
                    "\"load_ms\":%.1f,\"full_recompute_ms\":%.3f,\"move_ms_median\":%.4f,\"move_ms_p99\":%.4f,"
                    "\"move_ms_max\":%.4f,\"move_and_read_ms_median\":%.4f,\"add_remove_ms_median\":%.4f,"
                    "\"checksum\":%.3f}\n",
                    model.areaCount(), withBoundary, model.cells().positions.size(), model.pointCount(),
                    settings.radiusKm, loadMs, percentile(full, 0.5), percentile(moves, 0.5), percentile(moves, 0.99),
                    percentile(moves, 1.0), percentile(movesWithRead, 0.5), percentile(addRemove, 0.5), checksum);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_coverage: %s\n", e.what());
        return 1;
    }
    return 0;
}
