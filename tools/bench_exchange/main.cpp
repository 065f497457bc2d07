// Merging a whole country's deliveries: 342 municipality exchange files of realistic size into one
// database, timed (issue 17's benchmark; the figure is in the README).
//
//   bench_exchange DEFAULT_DB [--files DIR]
//
// Each municipality's file is made the way the page makes it (io::makeExchange) from a copy of the
// default database in which that municipality recorded a year of checklist work: a status for
// every measure of its list, with two earlier steps of history for half of them, on top of the
// example content its area already has (costs, resilience points, scenario actions, organisations).
// The receiver is the default database without those municipal rows, so every row is new to it,
// as for a country collecting its first round. Signatures are the page's work (WebCrypto, measured
// in the browser); here each file is handed over as checked with a key pinned for its sender.
// --files DIR also writes the files (for the browser benchmark tests/bench/exchange.mjs).
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/area_directory.h"
#include "core/areas.h"
#include "core/checklist.h"
#include "core/database.h"
#include "core/exchange_merge.h"
#include "io/exchange_delivery.h"

using namespace wb;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Database load(const std::string& bytes) {
    return Database::fromBytes(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_exchange DEFAULT_DB [--files DIR]\n");
        return 2;
    }
    const std::string defaultBytes = readFile(argv[1]);
    const std::string filesDir = argc >= 4 && std::string(argv[2]) == "--files" ? argv[3] : "";

    // ---- the senders' files ----
    const auto madeStart = Clock::now();
    Database sender = load(defaultBytes);
    AreaDirectory areas = AreaDirectory::load(sender, kDefaultDivisionYear);
    const auto list = applicableList(sender, AreaLevel::Municipality);
    const std::vector<Measure> measures = listMeasures(sender, list->id);
    std::vector<io::MadeExchange> files;
    size_t bytes = 0;
    for (const Area* m : areas.atLevel(AreaLevel::Municipality)) {
        Transaction tx(sender);
        io::setOwnOrganisation(sender, areas, {m->code, "Gemeente " + m->name});
        for (size_t i = 0; i < measures.size(); ++i) {
            StatusChange change;
            change.owner = "Team crisisbeheersing";
            change.changedBy = "Beleidsmedewerker";
            if (i % 2 == 0) {
                change.status = MeasureStatus::NotStarted;
                change.statusDate = "2025-09-01";
                setMeasureStatus(sender, m->code, measures[i].id, change);
                change.status = MeasureStatus::InProgress;
                change.statusDate = "2025-10-01";
                setMeasureStatus(sender, m->code, measures[i].id, change);
            }
            change.status = i % 3 == 0 ? MeasureStatus::Done : MeasureStatus::InProgress;
            change.statusDate = "2025-11-01";
            change.evidence = "Vastgesteld in het college";
            setMeasureStatus(sender, m->code, measures[i].id, change);
        }
        tx.commit();
        files.push_back(io::makeExchange(sender, areas, "2025-11-01", "2025-11-02T09:00:00Z"));
        bytes += files.back().image.size();
        if (!filesDir.empty()) {
            std::ofstream(filesDir + "/" + files.back().fileName, std::ios::binary)
                .write(reinterpret_cast<const char*>(files.back().image.data()),
                       static_cast<std::streamsize>(files.back().image.size()));
        }
    }
    const double madeMs = msSince(madeStart);

    // ---- the receiver: the country, before its first round ----
    Database country = load(defaultBytes);
    {
        Transaction tx(country);
        country.exec(
            "DELETE FROM measure_status WHERE area_code IN (SELECT code FROM area WHERE level = 'municipality');"
            "DELETE FROM cost WHERE area_code IN (SELECT code FROM area WHERE level = 'municipality');"
            "DELETE FROM scenario_action WHERE area_code IN (SELECT code FROM area WHERE level = 'municipality');"
            "DELETE FROM resilience_point_function WHERE facility_id IN (SELECT facility_id FROM resilience_point);"
            "DELETE FROM organisation_link;"
            "DELETE FROM resilience_point;"
            "DELETE FROM facility WHERE kind IN ('resilience_point', 'fire_station') AND id NOT IN (SELECT facility_id FROM resilience_point);"
            "DELETE FROM organisation_reach;"
            "DELETE FROM organisation;");
        io::setOwnOrganisation(country, areas, {"NL01", "Veiligheidsberaad"});
        for (const io::MadeExchange& f : files) {
            io::pinSenderKey(country, f.manifest.senderCode, f.manifest.senderName, "key-" + f.manifest.senderCode, "fp");
        }
        tx.commit();
    }
    const int64_t statusesBefore = country.scalarInt("SELECT count(*) FROM measure_status");

    const auto mergeStart = Clock::now();
    int accepted = 0;
    long rows = 0, added = 0;
    for (const io::MadeExchange& f : files) {
        io::IncomingFile in;
        in.fileName = f.fileName;
        in.image = f.image;
        in.signedFile = f.image;
        in.signature.state = io::SignatureState::Valid;
        in.signature.publicKey = "key-" + f.manifest.senderCode;
        in.signature.fingerprint = "fp";
        in.signature.trustedComment = f.trustedComment;
        Transaction tx(country);
        const io::DeliveryReport report = io::receiveExchangeFile(country, areas, in);
        tx.commit();
        if (report.verdict == io::DeliveryVerdict::Accepted) ++accepted;
        else std::fprintf(stderr, "%s: %s %s\n", f.fileName.c_str(), io::toString(report.verdict), report.detail.c_str());
        for (const auto& [kind, c] : report.counts) {
            rows += c.total();
            added += c.added;
        }
    }
    const double mergeMs = msSince(mergeStart);
    const int64_t statusesAfter = country.scalarInt("SELECT count(*) FROM measure_status");

    std::printf("files %zu (%.1f MB, %.0f KB each), made in %.0f ms\n", files.size(), bytes / 1e6,
                bytes / 1e3 / static_cast<double>(files.size()), madeMs);
    std::printf("merged %d of %zu files: %ld rows read, %ld added (%lld status rows now, %lld before)\n", accepted,
                files.size(), rows, added, static_cast<long long>(statusesAfter), static_cast<long long>(statusesBefore));
    std::printf("merge %.0f ms (%.1f ms per file)\n", mergeMs, mergeMs / static_cast<double>(files.size()));
    return accepted == static_cast<int>(files.size()) ? 0 : 1;
}
