#include "views/strings_basis.h"

namespace wb::ui {
namespace {

using T = BasisText;

constexpr Translation<BasisText> kTable[] = {
    {T::RestsOn, "Gebaseerd op %d van %d %s", "Based on %d of %d %s"},
    {T::Municipalities, "gemeenten", "municipalities"},
    {T::SafetyRegions, "veiligheidsregio's", "safety regions"},
    {T::DeliveredPart, "%d aangeleverd, peildatum %s", "%d delivered, as of %s"},
    {T::EnteredHerePart, "%d hier ingevoerd", "%d entered here"},
    {T::Missing, "ontbreekt: %s", "missing: %s"},
    {T::AndOthers, "en %d andere", "and %d others"},
    {T::PeildatumRange, "%s t/m %s", "%s to %s"},
    {T::StandingDone, "%d gereed", "%d done"},
    {T::StandingInProgress, "%d bezig", "%d in progress"},
    {T::StandingNotStarted, "%d niet gestart", "%d not started"},
    {T::StandingMissing, "%d niet aangeleverd", "%d not delivered"},
    {T::StandingHeading, "Zoals aangeleverd", "As delivered"},
};

static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(BasisText::Count_), "one entry per BasisText");
static_assert(tableInEnumOrder(kTable), "entries in enum order");

}  // namespace

const char* translation(BasisText id, Language language) { return lookUp(kTable, id, language); }
const char* tr(BasisText id) { return translation(id, currentLanguage()); }

}  // namespace wb::ui
