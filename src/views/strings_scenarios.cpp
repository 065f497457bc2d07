#include "views/strings_scenarios.h"

namespace wb::ui {
namespace {

using T = ScenarioText;

// Keep in the order of the enum: a static_assert below and a unit test check it.
constexpr Translation<ScenarioText> kTable[] = {
    {T::TabScenarios, "Scenario's", "Scenarios"},
    {T::TabNetworks, "Netwerken", "Networks"},
    {T::Catalogue, "Scenario", "Scenario"},
    {T::Theme, "Thema", "Theme"},
    {T::Effects, "Effecten per sector", "Effects per sector"},
    {T::Sector, "Sector", "Sector"},
    {T::Period0To24, "0-24 uur", "0-24 h"},
    {T::Period24To72, "24-72 uur", "24-72 h"},
    {T::PeriodAfter72, "na 72 uur", "after 72 h"},
    {T::Severity0, "geen", "none"},
    {T::Severity1, "beperkt", "limited"},
    {T::Severity2, "ernstig", "severe"},
    {T::Severity3, "uitgevallen", "failed"},
    {T::SectorElectricity, "Elektriciteit", "Electricity"},
    {T::SectorTelecom, "Telecom en internet", "Telecom and internet"},
    {T::SectorDrinkingWater, "Drinkwater", "Drinking water"},
    {T::SectorPayments, "Betalen", "Payments"},
    {T::SectorTransport, "Vervoer", "Transport"},
    {T::SectorCare, "Zorg", "Care"},
    {T::SectorFood, "Voedsel", "Food"},
    {T::SectorFuel, "Brandstof", "Fuel"},
    {T::SectorHeating, "Verwarming", "Heating"},
    {T::LocalActions, "Lokale acties", "Local actions"},
    {T::LocalActionsOf, "Lokale acties van %s", "Local actions of %s"},
    {T::SelectAreaForActions, "Kies een gemeente of veiligheidsregio voor haar lokale acties.",
     "Select a municipality or safety region for its local actions."},
    {T::NoActions, "Geen lokale acties: hier ontbreekt lokaal handelingsperspectief.",
     "No local actions: local action perspective is missing here."},
    {T::ColumnMeasure, "Maatregel", "Measure"},
    {T::ColumnAction, "Actie", "Action"},
    {T::ColumnStatus, "Status", "Status"},
    {T::StatusNotStarted, "niet gestart", "not started"},
    {T::StatusInProgress, "bezig", "in progress"},
    {T::StatusDone, "gereed", "done"},
    {T::AddAction, "Actie toevoegen", "Add action"},
    {T::ActionDescription, "Beschrijving", "Description"},
    {T::ActionMeasure, "Maatregel (basisniveau)", "Measure (baseline)"},
    {T::NoMeasure, "(geen)", "(none)"},
    {T::Add, "Toevoegen", "Add"},
    {T::Remove, "Verwijderen", "Remove"},
    {T::Save, "Opslaan", "Save"},
    {T::Cancel, "Annuleren", "Cancel"},
    {T::Matrix, "Scenario x gebied", "Scenario x area"},
    {T::MatrixIntro, "Aantal lokale acties per scenario; \"ontbreekt\" waar geen lokaal handelingsperspectief is.",
     "Local actions per scenario; \"missing\" where there is no local action perspective."},
    {T::MatrixMissing, "ontbreekt", "missing"},
    {T::MatrixCell, "%d acties, %d gereed", "%d actions, %d done"},
    {T::ColumnArea, "Gebied", "Area"},
    {T::HourView, "72-uursbeeld", "72-hour view"},
    {T::HourViewIntro,
     "Wat werkt nog, en wie is niet gedekt, zoveel uur na het begin van het scenario. Gedekt: binnen %s km van "
     "een werkend punt (de afstand van het tabblad Dekking).",
     "What still works, and who is not covered, this many hours into the scenario. Covered: within %s km of a "
     "working point (the distance of the Dekking tab)."},
    {T::Hours, "Uren", "Hours"},
    {T::HoursAfter72, "meer dan 72 uur", "more than 72 hours"},
    {T::PowerOut, "Stroom uitgevallen: punten werken op noodstroom zolang hun autonomie duurt.",
     "Power is out: points work on emergency power while their autonomy lasts."},
    {T::PowerUp, "Het stroomnet werkt in dit scenario op dit uur.", "The grid is up in this scenario at this hour."},
    {T::PointsWorking, "Weerbaarheidspunten die nog werken: %d van %d", "Resilience points still working: %d of %d"},
    {T::PointsNone, "Geen actieve weerbaarheidspunten in dit gebied.", "No active resilience points in this area."},
    {T::PointWorks, "werkt", "works"},
    {T::PointStopped, "uitgevallen", "stopped"},
    {T::PointStopsAt, "noodstroom tot %s uur", "emergency power until %s h"},
    {T::PointNoPower, "geen noodstroom", "no emergency power"},
    {T::GroupsHit, "Getroffen kwetsbare groepen:", "Vulnerable groups hit:"},
    {T::GroupsNotHit, "Geen kwetsbare groep afhankelijk van stroom getroffen op dit uur.",
     "No electricity-dependent vulnerable group is hit at this hour."},
    {T::GroupHit, "getroffen", "hit"},
    {T::GroupNotHit, "niet getroffen", "not hit"},
    {T::ColumnPoints, "Punten werkend", "Points working"},
    {T::ColumnResidents, "Inwoners", "Residents"},
    {T::ColumnUncovered, "Inwoners niet gedekt", "Residents not covered"},
    {T::ColumnGroupUncovered, "%s niet gedekt", "%s not covered"},
    {T::ColumnGroupCount, "%s totaal", "%s total"},
    {T::Total, "Totaal", "Total"},
    {T::ExportCsv, "Exporteer CSV", "Export CSV"},
    {T::ThreatSheet, "Dreigingsinformatieblad", "Threat information sheet"},
    {T::ThreatSheetHint, "Per veiligheidsregio: scenario's, effecten, acties en hun status, om af te drukken.",
     "Per safety region: scenarios, effects, actions and their status, to print."},
    {T::ThreatSheetDownload, "Download blad (HTML)", "Download sheet (HTML)"},
    {T::ThreatSheetTitle, "Dreigingsinformatie %s", "Threat information %s"},
    {T::ThreatSheetIntro,
     "Scenario's waarop de regio zich voorbereidt, hun effecten per sector over de tijd en de lokale acties met hun "
     "status. Uitgangspunt: inwoners zijn de eerste 72 uur zelfredzaam.",
     "Scenarios the region prepares for, their effects per sector over time and the local actions with their status. "
     "Principle: residents are self-reliant for the first 72 hours."},
    {T::ThreatSheetScenarios, "Scenario's", "Scenarios"},
    {T::ThreatSheetMunicipalities, "Gemeenten: lokale acties voor %s", "Municipalities: local actions for %s"},
    {T::ThreatSheetActionsRegion, "Acties van de regio", "Actions of the region"},
    {T::ThreatSheetPrinted, "Gemaakt op %s met Weerbaar.", "Made on %s with Weerbaar."},
    {T::ThreatSheetNoRegion, "Kies een veiligheidsregio (of een gemeente erin) voor haar blad.",
     "Select a safety region (or a municipality in it) for its sheet."},
    {T::Yes, "ja", "yes"},
    {T::No, "nee", "no"},
    {T::Netherlands, "Nederland", "The Netherlands"},
    {T::ExampleData, "Fictieve voorbeeldgegevens", "Fictitious example data"},
    {T::Search, "Zoeken", "Search"},
    {T::FilterType, "Soort", "Type"},
    {T::FilterOffer, "Biedt", "Offers"},
    {T::FilterArea, "Bereik in selectie", "Reach in selection"},
    {T::Any, "alle", "any"},
    {T::OnlySelection, "Alleen de selectie", "Only the selection"},
    {T::Results, "%d organisaties", "%d organisations"},
    {T::ColumnName, "Naam", "Name"},
    {T::ColumnType, "Soort", "Type"},
    {T::ColumnOffers, "Biedt", "Offers"},
    {T::ColumnCapacity, "Capaciteit", "Capacity"},
    {T::ColumnReach, "Bereik", "Reach"},
    {T::ColumnOffline, "Bereikbaar zonder telefoon/internet", "Reachable without phone/internet"},
    {T::NewOrganisation, "Nieuwe organisatie", "New organisation"},
    {T::EditOrganisation, "Organisatie bewerken", "Edit organisation"},
    {T::FieldName, "Naam", "Name"},
    {T::FieldType, "Soort", "Type"},
    {T::FieldOffers, "Biedt", "Offers"},
    {T::FieldCapacity, "Capaciteit (personen)", "Capacity (persons)"},
    {T::FieldOffline, "Bereikbaar zonder telefoon/internet", "Reachable without phone/internet"},
    {T::FieldReach, "Bereik (gebiedscodes)", "Reach (area codes)"},
    {T::FieldReachHint, "Eén per regel: code, daarna na een komma de gemeenschap (mag leeg).",
     "One per line: code, then after a comma the community (may be empty)."},
    {T::FieldCommunity, "Gemeenschap", "Community"},
    {T::FieldPoints, "Weerbaarheidspunten", "Resilience points"},
    {T::FieldScenarios, "Scenario's", "Scenarios"},
    {T::FieldPosition, "Ligging (lengte, breedte)", "Position (longitude, latitude)"},
    {T::Delete, "Verwijderen", "Delete"},
    {T::Saved, "Opgeslagen: %s", "Saved: %s"},
    {T::Removed, "Verwijderd: %s", "Removed: %s"},
    {T::InvalidInput, "Niet opgeslagen: %s", "Not saved: %s"},
    {T::ShowOnMap, "Toon bereik op kaart", "Show reach on map"},
    {T::MapIndicatorName, "Organisaties met bereik (zoekresultaat)", "Organisations reaching the area (search result)"},
    {T::MapIndicatorUnit, "organisaties", "organisations"},
    {T::MapIndicatorSource, "Weerbaar: netwerken", "Weerbaar: networks"},
    {T::LinkedPoints, "Gekoppelde punten", "Linked points"},
    {T::LinkedScenarios, "Gekoppelde scenario's", "Linked scenarios"},
    {T::TypeChurch, "kerk", "church"},
    {T::TypeMosque, "moskee", "mosque"},
    {T::TypeSportsClub, "sportvereniging", "sports club"},
    {T::TypeNeighbourhood, "buurtvereniging", "neighbourhood association"},
    {T::TypeRedCross, "Rode Kruis", "Red Cross"},
    {T::TypeVolunteerGroup, "vrijwilligersgroep", "volunteer group"},
    {T::TypeBusiness, "bedrijf", "business"},
    {T::OfferShelter, "opvang", "shelter"},
    {T::OfferFood, "voedsel", "food"},
    {T::OfferTransport, "vervoer", "transport"},
    {T::OfferCare, "zorg", "care"},
    {T::OfferCommunication, "communicatie", "communication"},
    {T::OfferOutreach, "bereik van mensen", "outreach"},
    {T::A11yScenariosHeading, "Scenario's en 72-uursbeeld", "Scenarios and the 72-hour view"},
    {T::A11yEffectsCaption, "Effecten van %s per sector en periode", "Effects of %s per sector and period"},
    {T::A11yMatrixCaption, "Lokale acties per scenario en gebied", "Local actions per scenario and area"},
    {T::A11yHourCaption, "%s na %s uur: inwoners niet gedekt per gemeente", "%s after %s hours: residents not covered per municipality"},
    {T::A11yPointsCaption, "Weerbaarheidspunten na %s uur", "Resilience points after %s hours"},
    {T::A11yNetworksHeading, "Netwerken: organisaties", "Networks: organisations"},
    {T::A11yNetworksCaption, "Organisaties met bereik in %s", "Organisations reaching %s"},
    {T::CsvFileName, "72-uursbeeld", "72-hour-view"},
    {T::ShowUncoveredOnMap, "Toon op kaart", "Show on map"},
    {T::OutageIndicatorName, "Inwoners niet gedekt (72-uursbeeld)", "Residents not covered (72-hour view)"},
    {T::OutageIndicatorUnit, "inwoners", "residents"},
    {T::OutageIndicatorSource, "Weerbaar: scenario, uur en werkende weerbaarheidspunten",
     "Weerbaar: scenario, hour and working resilience points"},
    {T::OrganisationsInScenario, "Organisaties met een rol in dit scenario (%d)",
     "Organisations with a role in this scenario (%d)"},
};
static_assert(sizeof kTable / sizeof kTable[0] == kScenarioTextCount, "one entry per ScenarioText");
static_assert(tableInEnumOrder(kTable), "kTable must follow the enum's order");

struct KeyLabel {
    const char* key;
    ScenarioText text;
};

constexpr KeyLabel kSectors[] = {
    {"electricity", T::SectorElectricity}, {"telecom", T::SectorTelecom}, {"drinking_water", T::SectorDrinkingWater},
    {"payments", T::SectorPayments},       {"transport", T::SectorTransport}, {"care", T::SectorCare},
    {"food", T::SectorFood},               {"fuel", T::SectorFuel},       {"heating", T::SectorHeating},
};
constexpr KeyLabel kTypes[] = {
    {"church", T::TypeChurch},         {"mosque", T::TypeMosque},     {"sports_club", T::TypeSportsClub},
    {"neighbourhood", T::TypeNeighbourhood}, {"red_cross", T::TypeRedCross}, {"volunteer_group", T::TypeVolunteerGroup},
    {"business", T::TypeBusiness},
};
constexpr KeyLabel kOffers[] = {
    {"shelter", T::OfferShelter}, {"food", T::OfferFood}, {"transport", T::OfferTransport},
    {"care", T::OfferCare},       {"communication", T::OfferCommunication}, {"outreach", T::OfferOutreach},
};

template <size_t N>
std::string labelOf(const KeyLabel (&list)[N], std::string_view key, Language language) {
    for (const KeyLabel& k : list) {
        if (key == k.key) return translation(k.text, language);
    }
    return std::string(key);
}

struct ThemeName {
    const char* key;
    const char* nl;
    const char* en;
};

// The 9 themes of the national risk assessment (Rijksbrede Risicoanalyse Nationale Veiligheid).
constexpr ThemeName kThemes[] = {
    {"climate_natural_disasters", "Klimaat en natuurrampen", "Climate and natural disasters"},
    {"infectious_diseases", "Infectieziekten", "Infectious diseases"},
    {"major_accidents", "Grote ongevallen", "Major accidents"},
    {"polarisation_extremism_terrorism", "Polarisatie, extremisme en terrorisme", "Polarisation, extremism and terrorism"},
    {"democracy_interference", "Ongewenste inmenging in de democratie", "Undesired interference with democracy"},
    {"international_military", "Internationale en militaire dreigingen", "International and military threats"},
    {"economic", "Economische dreigingen", "Economic threats"},
    {"cyber", "Cyberdreigingen", "Cyber threats"},
    {"vital_infrastructure", "Dreigingen voor vitale infrastructuur", "Threats to vital infrastructure"},
};

}  // namespace

const char* translation(ScenarioText id, Language language) { return lookUp(kTable, id, language); }
const char* tr(ScenarioText id) { return translation(id, currentLanguage()); }
bool scenarioTableIsInEnumOrder() { return tableInEnumOrder(kTable); }

std::string sectorLabel(std::string_view sector, Language language) { return labelOf(kSectors, sector, language); }
std::string organisationTypeLabel(std::string_view type, Language language) { return labelOf(kTypes, type, language); }
std::string offerLabel(std::string_view offer, Language language) { return labelOf(kOffers, offer, language); }

const char* periodLabel(EffectPeriod period, Language language) {
    switch (period) {
        case EffectPeriod::First24Hours: return translation(T::Period0To24, language);
        case EffectPeriod::Hours24To72: return translation(T::Period24To72, language);
        case EffectPeriod::After72Hours: return translation(T::PeriodAfter72, language);
    }
    return "";
}

const char* severityLabel(int severity, Language language) {
    switch (severity) {
        case 1: return translation(T::Severity1, language);
        case 2: return translation(T::Severity2, language);
        case 3: return translation(T::Severity3, language);
        default: return translation(T::Severity0, language);
    }
}

const char* actionStatusLabel(std::string_view status, Language language) {
    if (status == "done") return translation(T::StatusDone, language);
    if (status == "in_progress") return translation(T::StatusInProgress, language);
    return translation(T::StatusNotStarted, language);
}

std::string themeLabel(std::string_view theme, Language language) {
    for (const ThemeName& t : kThemes) {
        if (theme == t.key) return language == Language::Dutch ? t.nl : t.en;
    }
    return std::string(theme);
}

std::string effectText(const ScenarioEffect* effect, Language language) {
    std::string text = severityLabel(effect ? effect->severity : 0, language);
    if (effect && !effect->description.empty()) text += ": " + effect->description;
    return text;
}

std::string scenarioName(const Scenario& scenario, Language language) {
    const std::string& name = language == Language::Dutch ? scenario.nameNl : scenario.nameEn;
    return name.empty() ? scenario.code : name;
}

}  // namespace wb::ui
