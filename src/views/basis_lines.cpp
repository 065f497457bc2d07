#include "views/basis_lines.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "core/date_format.h"
#include "views/strings_basis.h"

namespace wb {
namespace {

using ui::BasisText;

std::string text(BasisText id, Language language) { return ui::translation(id, language); }

std::string withNumber(BasisText id, int n, Language language) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, ui::translation(id, language), n);
    return buffer;
}

std::string withText(BasisText id, const std::string& value, Language language) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, ui::translation(id, language), value.c_str());
    return buffer;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

}  // namespace

std::string peildatumText(const std::string& oldest, const std::string& newest, Language language) {
    if (newest.empty()) return {};
    if (oldest.empty() || oldest == newest) return formatDate(newest, language);
    char buffer[128];
    std::snprintf(buffer, sizeof buffer, ui::translation(BasisText::PeildatumRange, language),
                  formatDate(oldest, language).c_str(), formatDate(newest, language).c_str());
    return buffer;
}

const char* areasWord(AreaLevel level, Language language) {
    return ui::translation(level == AreaLevel::SafetyRegion ? BasisText::SafetyRegions : BasisText::Municipalities,
                           language);
}

std::string restsOnLine(const RollupBasis& basis, Language language) {
    char head[256];
    std::snprintf(head, sizeof head, ui::translation(BasisText::RestsOn, language), basis.based(), basis.expected,
                  areasWord(basis.level, language));
    std::string line = head;
    std::vector<std::string> how;
    if (basis.delivered > 0) {
        char part[256];
        std::snprintf(part, sizeof part, ui::translation(BasisText::DeliveredPart, language), basis.delivered,
                      peildatumText(basis.oldestPeildatum, basis.newestPeildatum, language).c_str());
        how.push_back(part);
    }
    if (basis.enteredHere > 0) how.push_back(withNumber(BasisText::EnteredHerePart, basis.enteredHere, language));
    if (!how.empty()) line += " (" + joined(how, "; ") + ")";
    if (!basis.missing.empty()) {
        const int total = static_cast<int>(basis.missing.size());
        std::vector<std::string> named(basis.missing.begin(), basis.missing.begin() + std::min(total, kMissingNamed));
        std::string names = joined(named, ", ");
        if (total > kMissingNamed) names += " " + withNumber(BasisText::AndOthers, total - kMissingNamed, language);
        line += "; " + withText(BasisText::Missing, names, language);
    }
    return line;
}

std::string restsOnLineFor(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                           BaselineList list, const std::string& asOf, Language language) {
    const auto basis = rollupBasis(db, areas, scopeCode, levelOf(list), asOf);
    return basis ? restsOnLine(*basis, language) : std::string();
}

std::string assignmentStandingLine(const AssignmentStanding& s, Language language) {
    std::vector<std::string> parts;
    if (s.done > 0) parts.push_back(withNumber(BasisText::StandingDone, s.done, language));
    if (s.inProgress > 0) parts.push_back(withNumber(BasisText::StandingInProgress, s.inProgress, language));
    if (s.notStarted > 0) parts.push_back(withNumber(BasisText::StandingNotStarted, s.notStarted, language));
    if (s.missing > 0 || parts.empty()) parts.push_back(withNumber(BasisText::StandingMissing, s.missing, language));
    return std::string(areasWord(s.level, language)) + ": " + joined(parts, ", ");
}

}  // namespace wb
