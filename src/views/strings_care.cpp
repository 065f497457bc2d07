#include "views/strings_care.h"

#include "views/strings.h"

namespace wb::ui {
namespace {

// Keep in the order of the enum: a static_assert below and a unit test check it.
constexpr Translation<CareText> kTable[] = {
    {CareText::TabVulnerability, "Kwetsbaarheid", "Vulnerability"},
    {CareText::TabResiliencePoints, "Weerbaarheidspunten", "Resilience points"},
    {CareText::TabCoverage, "Dekking", "Coverage"},
    {CareText::Netherlands, "Nederland", "The Netherlands"},
    {CareText::ValuesFor, "Waarden voor", "Values for"},
    {CareText::NoVulnerabilityIndicators, "Er zijn geen kwetsbaarheidsindicatoren in de database.", "There are no vulnerability indicators in the database."},
    {CareText::ColumnIndicator, "Indicator", "Indicator"},
    {CareText::ColumnSource, "Bron", "Source"},
    {CareText::ColumnYear, "Jaar", "Year"},
    {CareText::ColumnValue, "Aantal", "Count"},
    {CareText::ColumnPerThousand, "Per 1.000 inw.", "Per 1,000 res."},
    {CareText::ColumnMap, "Kaart", "Map"},
    {CareText::ColumnWeight, "Gewicht", "Weight"},
    {CareText::ShowOnMap, "Kaart", "Map"},
    {CareText::ShowAsHeatMap, "Dichtheid", "Density"},
    {CareText::MapPerThousand, "Kaart per 1.000 inwoners", "Map per 1,000 residents"},
    {CareText::ShowVulnerableObjects, "Kwetsbare objecten op de kaart", "Vulnerable objects on the map"},
    {CareText::IndexHeader, "Samengestelde kwetsbaarheidsindex", "Composite vulnerability index"},
    {CareText::IndexExplanation, "Per indicator het aantal per 1.000 inwoners, gestandaardiseerd (z-score over de gebieden van het niveau), gewogen gemiddeld met de gewichten hieronder. Onderdrukte aantallen (<5) tellen niet mee. Gewichten worden opgeslagen zodra u een schuif loslaat.", "Per indicator the count per 1,000 residents, standardised (z-score over the areas of the level), averaged with the weights below. Suppressed counts (<5) are left out. Weights are saved as soon as you let go of a slider."},
    {CareText::IndexOfSelection, "Index van de selectie", "Index of the selection"},
    {CareText::IndexShowOnMap, "Index op de kaart", "Index on the map"},
    {CareText::IndexResetWeights, "Standaardgewichten", "Default weights"},
    {CareText::IndexIndicatorName, "Kwetsbaarheidsindex (samengesteld)", "Vulnerability index (composite)"},
    {CareText::IndexIndicatorUnit, "z-score, gewogen", "z-score, weighted"},
    {CareText::IndexIndicatorSource, "Weerbaar, berekend uit de kwetsbaarheidsindicatoren met de gekozen gewichten", "Weerbaar, computed from the vulnerability indicators with the chosen weights"},
    {CareText::UncoveredIndicatorName, "Inwoners buiten bereik van een weerbaarheidspunt", "Residents out of reach of a resilience point"},
    {CareText::UncoveredIndicatorUnit, "inwoners", "residents"},
    {CareText::UncoveredIndicatorSource, "Weerbaar, dekkingsanalyse (afstand en punten uit het tabblad Dekking)", "Weerbaar, coverage analysis (distance and points of the Coverage tab)"},
    {CareText::NewPoint, "Nieuw punt", "New point"},
    {CareText::EditPoint, "Bewerken", "Edit"},
    {CareText::RemovePoint, "Verwijderen…", "Remove…"},
    {CareText::FilterHint, "Zoek op naam", "Search by name"},
    {CareText::FilterAllStatuses, "Alle statussen", "All statuses"},
    {CareText::PointsShown, "Punten", "Points"},
    {CareText::FormNewTitle, "Nieuw weerbaarheidspunt", "New resilience point"},
    {CareText::FormEditTitle, "Weerbaarheidspunt bewerken", "Edit resilience point"},
    {CareText::FieldName, "Naam", "Name"},
    {CareText::FieldType, "Soort", "Type"},
    {CareText::TypeLocal, "Lokaal steunpunt", "Local point"},
    {CareText::TypeFireStation, "Coördinatiepunt in brandweerkazerne", "Coordination point in a fire station"},
    {CareText::FieldStatus, "Status", "Status"},
    {CareText::FieldFunctions, "Functies", "Functions"},
    {CareText::FieldEmergencyPower, "Noodstroom", "Emergency power"},
    {CareText::FieldAutonomyHours, "Uren op noodstroom", "Hours on emergency power"},
    {CareText::FieldStaff, "Bemensing (personen)", "Staffing (persons)"},
    {CareText::FieldOpenWithin, "Open binnen (uur)", "Open within (hours)"},
    {CareText::FieldCapacity, "Capaciteit (personen)", "Capacity (persons)"},
    {CareText::FieldStepFree, "Drempelvrij toegankelijk", "Step-free access"},
    {CareText::FieldLatitude, "Breedte", "Latitude"},
    {CareText::FieldLongitude, "Lengte", "Longitude"},
    {CareText::FieldMunicipality, "Gemeente", "Municipality"},
    {CareText::PlaceOnMap, "Plaats op kaart", "Place on map"},
    {CareText::PlaceOnMapWaiting, "Klik op de kaart… (annuleren)", "Click on the map… (cancel)"},
    {CareText::Save, "Opslaan", "Save"},
    {CareText::CancelEdit, "Annuleren", "Cancel"},
    {CareText::ProblemName, "Geef het punt een naam.", "Give the point a name."},
    {CareText::ProblemPlace, "Geef een plaats in Nederland: breedte 50,7-53,7 en lengte 3,2-7,3 (of klik op de kaart).", "Give a place in the Netherlands: latitude 50.7-53.7 and longitude 3.2-7.3 (or click on the map)."},
    {CareText::ProblemNumbers, "Uren, bemensing en capaciteit zijn getallen van 0 of meer (of leeg als onbekend).", "Hours, staffing and capacity are numbers of 0 or more (or empty when unknown)."},
    {CareText::ProblemAutonomy, "Uren op noodstroom gelden alleen met noodstroom.", "Hours on emergency power only apply with emergency power."},
    {CareText::NoticePointSaved, "Weerbaarheidspunt opgeslagen", "Resilience point saved"},
    {CareText::NoticePointRemoved, "Weerbaarheidspunt verwijderd", "Resilience point removed"},
    {CareText::RemoveTitle, "Punt verwijderen", "Remove point"},
    {CareText::RemoveBody, "Dit weerbaarheidspunt wordt verwijderd, met zijn functies:", "This resilience point is removed, with its functions:"},
    {CareText::RemoveConfirm, "Ja, verwijderen", "Yes, remove"},
    {CareText::Remove, "Verwijder", "Remove"},
    {CareText::Yes, "ja", "yes"},
    {CareText::No, "nee", "no"},
    {CareText::ColumnPower, "Noodstroom", "Emergency power"},
    {CareText::FireStationsHeader, "Brandweerkazernes als kandidaat", "Fire stations as candidates"},
    {CareText::FireStationsAddCandidates, "Brandweerkazernes als kandidaat-punt toevoegen", "Add fire stations as candidate points"},
    {CareText::FireStationsCandidates, "Kandidaat-punten in brandweerkazernes", "Candidate points in fire stations"},
    {CareText::MakeResiliencePoint, "Maak weerbaarheidspunt", "Make resilience point"},
    {CareText::ScopeAllMunicipalities, "Alle gemeenten", "All municipalities"},
    {CareText::ScopeMunicipalitiesIn, "Gemeenten in", "Municipalities in"},
    {CareText::CoverageDistance, "Afstand", "Distance"},
    {CareText::CoverageRequirePower, "Alleen punten met noodstroom", "Only points with emergency power"},
    {CareText::CoverageGroup, "Kwetsbare groep", "Vulnerable group"},
    {CareText::CoverageShowOnMap, "Inwoners buiten bereik op de kaart", "Residents out of reach on the map"},
    {CareText::CoverageExportCsv, "Tabel exporteren (CSV)", "Export table (CSV)"},
    {CareText::ColumnCode, "Code", "Code"},
    {CareText::ColumnArea, "Gebied", "Area"},
    {CareText::ColumnResidents, "Inwoners", "Residents"},
    {CareText::ColumnCovered, "Binnen bereik", "Within reach"},
    {CareText::ColumnUncovered, "Buiten bereik", "Out of reach"},
    {CareText::ColumnCoveredPercent, "% binnen bereik", "% within reach"},
    {CareText::ColumnGroupCovered, "Groep binnen", "Group within"},
    {CareText::ColumnGroupUncovered, "Groep buiten", "Group outside"},
    {CareText::ColumnPoints, "Punten", "Points"},
    {CareText::ColumnCapacity, "Capaciteit", "Capacity"},
    {CareText::ColumnServed, "Te bedienen inwoners", "Residents to serve"},
    {CareText::CoverageOverCapacity, "Meer inwoners dan plaatsen", "More residents than places"},
    {CareText::CoverageGaps, "Gaten in de dekking, grootste eerst", "Gaps in coverage, largest first"},
    {CareText::CoverageNoGaps, "Iedereen woont binnen bereik van een punt.", "Everyone lives within reach of a point."},
    {CareText::CoverageResidentsOutside, "inwoners buiten bereik", "residents out of reach"},
    {CareText::CoverageMoreGaps, "… en meer (zie de tabel of de export)", "… and more (see the table or the export)"},
    {CareText::WhatIfHeader, "Wat als", "What if"},
    {CareText::WhatIfIntro, "Zet kandidaat-punten aan of actieve punten uit, of plaats een tijdelijk punt op de kaart: de cijfers en de kaart volgen direct. Er wordt niets opgeslagen.", "Switch candidate points on or active points off, or place a temporary point on the map: the figures and the map follow at once. Nothing is saved."},
    {CareText::WhatIfPlacePoint, "Tijdelijk punt op de kaart plaatsen", "Place a temporary point on the map"},
    {CareText::WhatIfPointName, "Tijdelijk punt", "Temporary point"},
    {CareText::WhatIfClear, "Wat-als wissen", "Clear what-if"},
    {CareText::WhatIfActive, "Wat-als actief: de cijfers wijken af van de opgeslagen punten.", "What-if active: the figures differ from the stored points."},
    {CareText::A11yVulnerabilityCaption, "Kwetsbaarheidsindicatoren:", "Vulnerability indicators:"},
    {CareText::A11yPointsCaption, "Weerbaarheidspunten in", "Resilience points in"},
    {CareText::A11yCoverageCaption, "Dekking per gemeente,", "Coverage per municipality,"},
    {CareText::A11yPointsCountedActive, "Alleen actieve punten tellen mee.", "Only active points count."},
    {CareText::A11yPointsCountedPowered, "Alleen actieve punten met noodstroom tellen mee.", "Only active points with emergency power count."},
    {CareText::A11ySelectForPoints, "Kies een provincie, veiligheidsregio of gemeente om de punten ervan te zien.", "Choose a province, safety region or municipality to see its points."},
};
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(CareText::Count_), "one entry per CareText");
static_assert(tableInEnumOrder(kTable), "kTable must be in the order of CareText");

}  // namespace

const char* translation(CareText id, Language language) { return lookUp(kTable, id, language); }

const char* tr(CareText id) { return translation(id, currentLanguage()); }

const char* statusLabel(const std::string& status, Language language) {
    if (status == "candidate") return translation(Text::PointStatusCandidate, language);
    if (status == "planned") return translation(Text::PointStatusPlanned, language);
    if (status == "active") return translation(Text::PointStatusActive, language);
    if (status == "inactive") return translation(Text::PointStatusInactive, language);
    return "?";
}

const char* statusLabel(const std::string& status) { return statusLabel(status, currentLanguage()); }

const char* functionLabel(const std::string& function, Language language) {
    if (function == "information") return translation(Text::FunctionInformation, language);
    if (function == "drinking_water") return translation(Text::FunctionDrinkingWater, language);
    if (function == "food") return translation(Text::FunctionFood, language);
    if (function == "medication_care") return translation(Text::FunctionMedicationCare, language);
    if (function == "emergency_communication") return translation(Text::FunctionEmergencyCommunication, language);
    if (function == "warmth_charging") return translation(Text::FunctionWarmthCharging, language);
    return "?";
}

const char* functionLabel(const std::string& function) { return functionLabel(function, currentLanguage()); }

const std::vector<std::string>& resilienceFunctions() {
    static const std::vector<std::string> functions = {"information",     "drinking_water",          "food",
                                                       "medication_care", "emergency_communication", "warmth_charging"};
    return functions;
}

}  // namespace wb::ui
