// The lines that say what regional and national figures rest on, in one wording wherever they
// are shown (the Voortgang and Opdrachten tabs, the board report, the accessible view, the
// delivery overview):
//   "Gebaseerd op 7 van 9 gemeenten (6 aangeleverd, peildatum 01-11-2026; 1 hier ingevoerd);
//    ontbreekt: Delft, Rijswijk"
//   "gemeenten: 5 gereed, 3 bezig, 1 niet gestart, 2 niet aangeleverd"
#pragma once

#include <string>

#include "core/area_directory.h"
#include "core/assignment_statuses.h"
#include "core/database.h"
#include "core/language.h"
#include "core/progress.h"
#include "core/rollup_basis.h"

namespace wb {

// Missing areas named before "en N andere".
inline constexpr int kMissingNamed = 5;

// "01-11-2026", or "01-10-2026 t/m 01-11-2026" when the deliveries differ; empty without any.
std::string peildatumText(const std::string& oldest, const std::string& newest, Language language);

// "gemeenten" or "veiligheidsregio's": the areas a basis or standing counts.
const char* areasWord(AreaLevel level, Language language);

std::string restsOnLine(const RollupBasis& basis, Language language);

// The line for a scope and the list shown there; empty where the figure is no roll-up (see
// rollupBasis) or the scope is not a region or the country.
std::string restsOnLineFor(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                           BaselineList list, const std::string& asOf, Language language);

// Only the counts that are not zero; "gemeenten: 9 niet aangeleverd" when none delivered.
std::string assignmentStandingLine(const AssignmentStanding& standing, Language language);

}  // namespace wb
