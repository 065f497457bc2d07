// Practice packs: a selection of good practices as one small JSON file that another municipality
// imports (no server: the file is the channel).
//
// Format (UTF-8 JSON, versioned):
//   {"format": "weerbaar-practice-pack", "version": 1, "exported_on": "2025-11-01",
//    "practices": [{"title": "...", "summary": "...", "owner_area_code": "GM0014" | null,
//                   "owner_area_year": 2025 | null, "topic": "...", "tags": "...", "source": "...",
//                   "published": "2025-03-12" | null, "fingerprint": "p1-...",
//                   "measures": [{"code": "G08", "title_nl": "..."}],
//                   "scenarios": [{"code": "STROOM", "name_nl": "..."}]}]}
// Links name measures and scenarios by code and title, never by id: ids differ between databases.
// On import a measure is found by code (the one whose Dutch title also matches when several lists
// use the code), else by its Dutch title; a scenario by code, else by name. Links that match
// nothing are reported, and the practice is imported without them.
//
// Duplicates are recognised by fingerprint (title and owner area, recomputed on import; the file's
// own fingerprint is only informative): they are skipped and listed in the result, so importing
// the same pack twice adds nothing the second time. A malformed file throws ImportError(where,
// what) and leaves the database exactly as it was.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"
#include "io/import_job.h"

namespace wb::io {

constexpr const char* kPracticePackFormat = "weerbaar-practice-pack";
constexpr int kPracticePackVersion = 1;

// The practices with these ids as a pack; `exportedOn` is an ISO date written into the file.
std::string exportPracticePack(const Database& db, const std::vector<int64_t>& practiceIds, const std::string& exportedOn);

// True when the start of a file names the pack format (for choosing the importer of a .json file).
bool looksLikePracticePack(std::string_view bytes);

class PracticePackImport : public ImportJob {
public:
    // `bytes` must outlive the job.
    PracticePackImport(Database& db, std::string_view bytes, std::string fileName);
    ~PracticePackImport() override;
    bool step(ImportClock::time_point deadline) override;
    double progress() const override;

    // After the job finished: titles of the practices skipped as already present, and the links
    // ("G08 (title) of practice title") that matched nothing in this database.
    const std::vector<std::string>& duplicates() const { return duplicates_; }
    const std::vector<std::string>& unresolvedLinks() const { return unresolved_; }

private:
    struct Pack;
    Database& db_;
    std::string_view bytes_;
    std::string fileName_;
    std::unique_ptr<Pack> pack_;
    std::unique_ptr<Transaction> transaction_;
    size_t next_ = 0;
    std::vector<std::string> duplicates_;
    std::vector<std::string> unresolved_;
};

}  // namespace wb::io
