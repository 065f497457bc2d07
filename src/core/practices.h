// The library of good practices: full-text search (FTS5 over title, summary and tags; the
// tokenizer ignores accents, so "coordinatie" finds "coördinatie"), filters by owner area, topic,
// measure and scenario, and adding practices with the fingerprint that recognises duplicates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/database.h"

namespace wb {

struct LinkedMeasure {
    int64_t id = 0;
    std::string code;
    std::string titleNl;
};

struct LinkedScenario {
    int64_t id = 0;
    std::string code;
    std::string nameNl;
};

struct Practice {
    int64_t id = 0;
    std::string fingerprint;
    std::string title;
    std::string summary;
    std::string ownerAreaCode;  // may be empty
    int ownerAreaYear = 0;      // 0 when unknown
    std::string ownerAreaName;
    std::string topic;
    std::string tags;  // space-separated
    std::string source;
    std::string published;  // ISO date or empty
    bool isExample = false;
    std::vector<LinkedMeasure> measures;
    std::vector<LinkedScenario> scenarios;
};

struct PracticeSearch {
    std::string text;          // words as typed; each must occur (as a prefix); empty: no text filter
    std::string areaCode;      // owner inside this area (itself or below); empty: any
    std::string topic;         // exact topic key; empty: any
    std::string measureCode;   // linked to a measure with this code; empty: any
    std::string scenarioCode;  // linked to this scenario; empty: any
    int limit = 100;
};

struct PracticeHit {
    Practice practice;
    // The summary around the matched words, matches marked with [ and ] (the panel styles them);
    // the start of the summary when there is no text.
    std::string snippet;
};

// Best matches first (bm25) with text, newest first without. One query plus one for the links.
std::vector<PracticeHit> searchPractices(const Database& db, const PracticeSearch& search);

// The practices with these ids (unknown ids are skipped), in the given order, with their links.
std::vector<Practice> practicesById(const Database& db, const std::vector<int64_t>& ids);

// The topics practices have, in alphabetical order of their keys (the topic filter's choices).
std::vector<std::string> practiceTopics(const Database& db);

// The FTS5 query for words as typed: every word quoted (so no user text is read as FTS syntax)
// and matched as a prefix; empty when the text holds no word.
std::string practiceMatchQuery(const std::string& text);

struct NewPractice {
    std::string title;
    std::string summary;
    std::string ownerAreaCode;
    int ownerAreaYear = 0;
    std::string topic;
    std::string tags;
    std::string source;
    std::string published;
    std::vector<int64_t> measureIds;
    std::vector<int64_t> scenarioIds;
};

// Adds a practice and its links; nullopt (nothing added) when a practice with the same
// fingerprint (title and owner area, see practice_fingerprint.h) exists. std::invalid_argument for
// an empty title or summary or a malformed publication date. Several statements: callers that add
// many practices at once wrap them in a transaction.
std::optional<int64_t> addPractice(Database& db, const NewPractice& practice);

}  // namespace wb
