#include "io/indicator_ids.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace wb::io {
namespace {

// Base letter of a two-byte UTF-8 Latin-1 letter (é -> e, ë -> e, â -> a), or 0.
char latin1BaseLetter(unsigned char lead, unsigned char next) {
    if (lead != 0xC3 || next < 0x80 || next > 0xBF) return 0;
    static const char* kBase = "aaaaaaaceeeeiiiidnooooo/ouuuuypsaaaaaaaceeeeiiiidnooooo/ouuuuypy";
    const char base = kBase[next - 0x80];
    return base == '/' ? 0 : base;
}

}  // namespace

std::string indicatorSlug(std::string_view label) {
    std::string id;
    const auto add = [&id](char c) {
        if (c == '_' && (id.empty() || id.back() == '_')) return;  // no leading or doubled '_'
        id += c;
    };
    for (size_t i = 0; i < label.size(); ++i) {
        const auto c = static_cast<unsigned char>(label[i]);
        if (c >= 0x80 && i + 1 < label.size()) {
            const char base = latin1BaseLetter(c, static_cast<unsigned char>(label[i + 1]));
            add(base ? base : '_');
            ++i;
        } else {
            add(std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '_');
        }
    }
    while (!id.empty() && id.back() == '_') id.pop_back();
    return id.empty() ? "indicator" : id;
}

std::string withoutStatLineSuffix(const std::string& slug) {
    const size_t underscore = slug.rfind('_');
    if (underscore == std::string::npos || underscore == 0 || underscore + 1 == slug.size()) return slug;
    const bool number = std::all_of(slug.begin() + static_cast<long>(underscore) + 1, slug.end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    return number ? slug.substr(0, underscore) : slug;
}

std::vector<std::string> deriveIndicatorIds(const std::vector<std::string>& labels,
                                            const ExistingIndicatorName& existingName) {
    std::vector<std::string> full(labels.size()), shortened(labels.size());
    std::map<std::string, int> claims;  // id -> how many labels give it, with or without suffix
    for (size_t i = 0; i < labels.size(); ++i) {
        full[i] = indicatorSlug(labels[i]);
        shortened[i] = withoutStatLineSuffix(full[i]);
        ++claims[full[i]];
        if (shortened[i] != full[i]) ++claims[shortened[i]];
    }
    // An id already in the database may be used again only for the label it was named after.
    const auto freeFor = [&](const std::string& id, const std::string& label) {
        const std::optional<std::string> name = existingName(id);
        return !name || *name == label;
    };
    std::vector<std::string> ids(labels.size());
    std::set<std::string> taken;
    for (size_t i = 0; i < labels.size(); ++i) {
        // The id this label was imported under before, suffix and all, is its id again.
        const bool importedBefore = existingName(full[i]) == labels[i];
        const bool shorten = !importedBefore && shortened[i] != full[i] && claims[shortened[i]] == 1 &&
                             freeFor(shortened[i], labels[i]);
        const std::string& base = shorten ? shortened[i] : full[i];
        std::string id = base;
        for (int n = 2; taken.count(id) || !freeFor(id, labels[i]); ++n) id = base + "_" + std::to_string(n);
        taken.insert(id);
        ids[i] = std::move(id);
    }
    return ids;
}

}  // namespace wb::io
