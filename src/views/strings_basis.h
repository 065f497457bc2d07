// Strings of the lines that say what regional and national figures rest on: the roll-up's
// "Gebaseerd op 7 van 9 gemeenten (...)" and, per national assignment, how the delivered areas
// stand, in Dutch and English (the shape of views/string_table.h).
#pragma once

#include "core/language.h"
#include "views/string_table.h"

namespace wb::ui {

enum class BasisText {
    RestsOn,            // "Gebaseerd op %d van %d %s"
    Municipalities,     // the areas counted, plural
    SafetyRegions,
    DeliveredPart,      // "%d aangeleverd, peildatum %s"
    EnteredHerePart,    // "%d hier ingevoerd"
    Missing,            // "ontbreekt: %s"
    AndOthers,          // "en %d andere"
    PeildatumRange,     // "%s t/m %s"
    StandingDone,       // "%d gereed"
    StandingInProgress,
    StandingNotStarted,
    StandingMissing,    // "%d niet aangeleverd"
    StandingHeading,    // the assignments tab's label above the line
    Count_
};

const char* tr(BasisText id);
const char* translation(BasisText id, Language language);

}  // namespace wb::ui
