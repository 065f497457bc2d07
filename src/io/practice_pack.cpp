#include "io/practice_pack.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/checklist.h"
#include "core/practices.h"
#include "io/import_error.h"

namespace wb::io {
namespace {

using Json = nlohmann::ordered_json;

struct PackLink {
    std::string code;
    std::string title;  // a measure's Dutch title or a scenario's Dutch name
};

struct PackPractice {
    NewPractice fields;  // without link ids: those are found in the importing database
    std::vector<PackLink> measures;
    std::vector<PackLink> scenarios;
};

Json nullable(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// A text member: missing or null reads as empty; anything else but a string is an error.
std::string textMember(const Json& object, const char* key, const std::string& where, bool required = false) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) throw ImportError(where, std::string("\"") + key + "\" is missing");
        return {};
    }
    if (!it->is_string()) throw ImportError(where, std::string("\"") + key + "\" must be text");
    return it->get<std::string>();
}

std::vector<PackLink> readLinks(const Json& practice, const char* key, const char* titleKey, const std::string& where) {
    std::vector<PackLink> links;
    const auto it = practice.find(key);
    if (it == practice.end() || it->is_null()) return links;
    if (!it->is_array()) throw ImportError(where, std::string("\"") + key + "\" must be a list");
    for (size_t i = 0; i < it->size(); ++i) {
        const Json& link = (*it)[i];
        const std::string linkWhere = where + ", " + key + " " + std::to_string(i + 1);
        if (!link.is_object()) throw ImportError(linkWhere, "must be an object with \"code\" and \"" + std::string(titleKey) + "\"");
        PackLink parsed{textMember(link, "code", linkWhere), textMember(link, titleKey, linkWhere)};
        if (parsed.code.empty() && parsed.title.empty()) throw ImportError(linkWhere, "names neither a code nor a title");
        links.push_back(std::move(parsed));
    }
    return links;
}

PackPractice readPractice(const Json& item, const std::string& where) {
    if (!item.is_object()) throw ImportError(where, "must be an object");
    PackPractice p;
    NewPractice& f = p.fields;
    f.title = textMember(item, "title", where, true);
    f.summary = textMember(item, "summary", where, true);
    const std::string named = where + " (" + f.title + ")";
    if (f.title.find_first_not_of(" \t") == std::string::npos) throw ImportError(where, "the title is empty");
    if (f.summary.find_first_not_of(" \t") == std::string::npos) throw ImportError(named, "the summary is empty");
    f.ownerAreaCode = textMember(item, "owner_area_code", named);
    if (const auto year = item.find("owner_area_year"); year != item.end() && !year->is_null()) {
        if (!year->is_number_integer() || *year < 1800 || *year > 9999) {
            throw ImportError(named, "\"owner_area_year\" must be a year");
        }
        f.ownerAreaYear = year->get<int>();
    }
    f.topic = textMember(item, "topic", named);
    f.tags = textMember(item, "tags", named);
    f.source = textMember(item, "source", named);
    f.published = textMember(item, "published", named);
    if (!f.published.empty() && !isIsoDate(f.published)) {
        throw ImportError(named, "\"published\" is \"" + f.published + "\", not a date YYYY-MM-DD");
    }
    p.measures = readLinks(item, "measures", "title_nl", named);
    p.scenarios = readLinks(item, "scenarios", "name_nl", named);
    return p;
}

// Finds linked measures and scenarios in the importing database.
class LinkResolver {
public:
    explicit LinkResolver(const Database& db)
        : measureByCode_(db.prepare(
              // Where several lists use the code, the one whose title matches, then the oldest list.
              "SELECT id FROM measure WHERE code = ?1 ORDER BY title_nl = ?2 DESC, list_id, id LIMIT 1")),
          measureByTitle_(db.prepare("SELECT id FROM measure WHERE title_nl = ? ORDER BY list_id, id LIMIT 1")),
          scenarioByCode_(db.prepare("SELECT id FROM scenario WHERE code = ?")),
          scenarioByName_(db.prepare("SELECT id FROM scenario WHERE name_nl = ? ORDER BY id LIMIT 1")) {}

    std::optional<int64_t> measure(const PackLink& link) { return find(measureByCode_, measureByTitle_, link, true); }
    std::optional<int64_t> scenario(const PackLink& link) { return find(scenarioByCode_, scenarioByName_, link, false); }

private:
    static std::optional<int64_t> lookUp(Statement& st) {
        std::optional<int64_t> id;
        if (st.step()) id = st.getInt(0);
        st.reset();
        return id;
    }
    static std::optional<int64_t> find(Statement& byCode, Statement& byTitle, const PackLink& link, bool codeWithTitle) {
        if (!link.code.empty()) {
            byCode.bind(1, link.code);
            if (codeWithTitle) byCode.bind(2, link.title);
            if (auto id = lookUp(byCode)) return id;
        }
        if (link.title.empty()) return std::nullopt;
        byTitle.bind(1, link.title);
        return lookUp(byTitle);
    }
    Statement measureByCode_, measureByTitle_, scenarioByCode_, scenarioByName_;
};

std::string describe(const PackLink& link) {
    if (link.code.empty()) return "\"" + link.title + "\"";
    return link.title.empty() ? link.code : link.code + " (" + link.title + ")";
}

}  // namespace

struct PracticePackImport::Pack {
    std::vector<PackPractice> practices;
    std::unique_ptr<LinkResolver> resolver;
};

std::string exportPracticePack(const Database& db, const std::vector<int64_t>& practiceIds, const std::string& exportedOn) {
    Json practices = Json::array();
    for (const Practice& p : practicesById(db, practiceIds)) {
        Json measures = Json::array();
        for (const LinkedMeasure& m : p.measures) measures.push_back(Json{{"code", m.code}, {"title_nl", m.titleNl}});
        Json scenarios = Json::array();
        for (const LinkedScenario& s : p.scenarios) scenarios.push_back(Json{{"code", s.code}, {"name_nl", s.nameNl}});
        practices.push_back(Json{{"title", p.title},
                                 {"summary", p.summary},
                                 {"owner_area_code", nullable(p.ownerAreaCode)},
                                 {"owner_area_year", p.ownerAreaYear ? Json(p.ownerAreaYear) : Json(nullptr)},
                                 {"topic", p.topic},
                                 {"tags", p.tags},
                                 {"source", p.source},
                                 {"published", nullable(p.published)},
                                 {"fingerprint", p.fingerprint},
                                 {"measures", std::move(measures)},
                                 {"scenarios", std::move(scenarios)}});
    }
    const Json pack{{"format", kPracticePackFormat},
                    {"version", kPracticePackVersion},
                    {"exported_on", exportedOn},
                    {"practices", std::move(practices)}};
    return pack.dump(1, '\t', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool looksLikePracticePack(std::string_view bytes) {
    return bytes.substr(0, 512).find(std::string("\"") + kPracticePackFormat + "\"") != std::string_view::npos;
}

PracticePackImport::PracticePackImport(Database& db, std::string_view bytes, std::string fileName)
    : db_(db), bytes_(bytes), fileName_(std::move(fileName)) {}

PracticePackImport::~PracticePackImport() = default;

double PracticePackImport::progress() const {
    if (!pack_ || pack_->practices.empty()) return 0;
    return static_cast<double>(next_) / static_cast<double>(pack_->practices.size());
}

bool PracticePackImport::step(ImportClock::time_point deadline) {
    if (!pack_) {
        // The whole file is read and checked before the first write.
        Json json;
        try {
            json = Json::parse(bytes_.begin(), bytes_.end());
        } catch (const nlohmann::json::parse_error& e) {
            throw ImportError("byte " + std::to_string(e.byte), "not JSON: " + std::string(e.what()));
        }
        if (!json.is_object() || json.value("format", Json()) != kPracticePackFormat) {
            throw ImportError("", std::string("not a practice pack (\"format\" must be \"") + kPracticePackFormat + "\")");
        }
        const Json version = json.value("version", Json());
        if (!version.is_number_integer() || version.get<int64_t>() != kPracticePackVersion) {
            throw ImportError("", "practice pack version " + version.dump() + " is not supported (this dashboard reads " +
                                      std::to_string(kPracticePackVersion) + ")");
        }
        const auto practices = json.find("practices");
        if (practices == json.end() || !practices->is_array()) throw ImportError("", "\"practices\" must be a list");
        auto pack = std::make_unique<Pack>();
        for (size_t i = 0; i < practices->size(); ++i) {
            pack->practices.push_back(readPractice((*practices)[i], "practice " + std::to_string(i + 1)));
        }
        transaction_ = std::make_unique<Transaction>(db_);
        pack->resolver = std::make_unique<LinkResolver>(db_);
        pack_ = std::move(pack);
    }
    int64_t added = result_.rows;
    for (; next_ < pack_->practices.size(); ++next_) {
        if (next_ % 16 == 0 && ImportClock::now() > deadline) return false;
        PackPractice& p = pack_->practices[next_];
        for (const PackLink& link : p.measures) {
            if (const auto id = pack_->resolver->measure(link)) p.fields.measureIds.push_back(*id);
            else unresolved_.push_back("measure " + describe(link) + " of \"" + p.fields.title + "\"");
        }
        for (const PackLink& link : p.scenarios) {
            if (const auto id = pack_->resolver->scenario(link)) p.fields.scenarioIds.push_back(*id);
            else unresolved_.push_back("scenario " + describe(link) + " of \"" + p.fields.title + "\"");
        }
        try {
            if (addPractice(db_, p.fields)) ++added; else duplicates_.push_back(p.fields.title);
        } catch (const std::invalid_argument& e) {
            throw ImportError("practice " + std::to_string(next_ + 1), e.what());
        }
        result_.rows = added;
    }
    Statement log = db_.prepare(
        "INSERT INTO import_log (file_name, format, target, rows) VALUES (?, 'practice_pack', 'practice', ?)");
    log.bind(1, fileName_).bind(2, added);
    log.run();
    transaction_->commit();
    pack_->resolver.reset();  // its statements belong to a connection the job does not own
    result_.table = "practice";
    result_.message = std::to_string(added) + " practices added, " + std::to_string(duplicates_.size()) +
                      " already present (skipped)" +
                      (unresolved_.empty() ? std::string() : ", " + std::to_string(unresolved_.size()) + " links not found");
    return true;
}

}  // namespace wb::io
