#include "views/strings_progress.h"

namespace wb::ui {
namespace {

using T = ProgressText;

// Keep in the order of the enum: a static_assert below and a unit test check it.
constexpr Translation<ProgressText> kTable[] = {
    {T::TabProgress, "Voortgang", "Progress"},
    {T::TabActionList, "Actielijst", "Action list"},
    {T::TabAssignments, "Opdrachten", "Assignments"},
    {T::Netherlands, "Nederland", "The Netherlands"},
    {T::ReferenceDay, "Peildatum", "As of"},
    {T::ListLabel, "Lijst", "List"},
    {T::ListMunicipalities, "Gemeenten", "Municipalities"},
    {T::ListRegions, "Veiligheidsregio's", "Safety regions"},
    {T::NoList, "Er is geen actielijst voor dit niveau.", "There is no action list for this level."},
    {T::NoData, "geen gegevens", "no data"},
    {T::PercentDone, "gereed", "done"},
    {T::CountsLine, "%d van %d maatregelen gereed, %d bezig, %d niet gestart, %d niet van toepassing",
     "%d of %d measures done, %d in progress, %d not started, %d not applicable"},
    {T::TrendQuarter, "Afgelopen kwartaal", "Last quarter"},
    {T::TrendNoData, "geen vergelijking mogelijk", "no comparison possible"},
    {T::ShowOnMap, "Toon op kaart", "Show on map"},
    {T::ByPhase, "Per fase", "By phase"},
    {T::ByTopic, "Per thema", "By topic"},
    {T::Overdue, "Over tijd", "Overdue"},
    {T::NoneOverdue, "Geen maatregelen over tijd.", "No measures overdue."},
    {T::MoreOverdue, "en nog %d", "and %d more"},
    {T::RollUp, "Onderliggende gebieden", "Areas within"},
    {T::ColumnArea, "Gebied", "Area"},
    {T::ColumnDone, "Gereed", "Done"},
    {T::ColumnPercentDone, "% gereed", "% done"},
    {T::ColumnApplicable, "Van toepassing", "Applicable"},
    {T::Checklist, "Checklist", "Checklist"},
    {T::ChecklistHint, "Kies een gemeente of veiligheidsregio voor de checklist.",
     "Select a municipality or safety region for its checklist."},
    {T::ColumnCode, "Code", "Code"},
    {T::ColumnMeasure, "Maatregel", "Measure"},
    {T::ColumnStatus, "Status", "Status"},
    {T::ColumnDate, "Datum", "Date"},
    {T::ColumnDue, "Uiterlijk", "Due"},
    {T::ColumnOwner, "Eigenaar", "Owner"},
    {T::ColumnEvidence, "Onderbouwing", "Evidence"},
    {T::ColumnBy, "Door", "By"},
    {T::ColumnPartners, "Partners", "Partners"},
    {T::StatusNotStarted, "Niet gestart", "Not started"},
    {T::StatusInProgress, "Bezig", "In progress"},
    {T::StatusDone, "Gereed", "Done"},
    {T::StatusNotApplicable, "Niet van toepassing", "Not applicable"},
    {T::PhaseCold, "Koude fase", "Cold phase"},
    {T::PhaseFirst72h, "Eerste 72 uur", "First 72 hours"},
    {T::PhaseAfter, "Nafase", "After-phase"},
    {T::EditMeasureStatus, "Status wijzigen", "Change status"},
    {T::FieldStatusDate, "Datum (JJJJ-MM-DD)", "Date (YYYY-MM-DD)"},
    {T::FieldDueDate, "Uiterlijk (JJJJ-MM-DD)", "Due (YYYY-MM-DD)"},
    {T::FieldOwner, "Eigenaar", "Owner"},
    {T::FieldEvidence, "Onderbouwing", "Evidence"},
    {T::FieldChangedBy, "Door (uw naam)", "By (your name)"},
    {T::Save, "Opslaan", "Save"},
    {T::Cancel, "Annuleren", "Cancel"},
    {T::History, "Geschiedenis", "History"},
    {T::NoHistory, "Nog niets vastgelegd.", "Nothing recorded yet."},
    {T::SavedStatus, "Status opgeslagen", "Status saved"},
    {T::MapIndicatorName, "Voortgang basisniveau (gereed)", "Baseline progress (done)"},
    {T::MapIndicatorUnit, "% van toepassing", "% of applicable"},
    {T::MapIndicatorSource, "Checklists in dit dashboard", "Checklists in this dashboard"},
    {T::ActionLists, "Actielijsten", "Action lists"},
    {T::ExampleMarker, "VOORBEELD", "EXAMPLE"},
    {T::ExampleListNote, "Voorbeeldlijst (fictief): alleen te lezen. Maak een kopie om hem aan te passen.",
     "Example list (fictitious): read-only. Make a copy to change it."},
    {T::MeasureCount, "%d maatregelen", "%d measures"},
    {T::NewList, "Nieuwe lijst", "New list"},
    {T::NewListName, "Naam", "Name"},
    {T::CopyList, "Kopie maken", "Make a copy"},
    {T::CopySuffix, "kopie", "copy"},
    {T::RenameList, "Hernoemen", "Rename"},
    {T::DeleteList, "Lijst verwijderen…", "Delete list…"},
    {T::DeleteListConfirm, "Lijst \"%s\" met alle maatregelen en hun statusgeschiedenis verwijderen?",
     "Delete list \"%s\" with all its measures and their status history?"},
    {T::DeleteMeasureConfirm, "Maatregel %s met de statusgeschiedenis verwijderen?",
     "Delete measure %s with its status history?"},
    {T::Delete, "Verwijderen", "Delete"},
    {T::ExportCsv, "Exporteren (CSV)", "Export (CSV)"},
    {T::ImportCsv, "Importeren (CSV)…", "Import (CSV)…"},
    {T::ImportCsvHint,
     "Een CSV met de kolommen code, phase, topic, title_nl wordt een nieuwe lijst (voor veiligheidsregio's als de "
     "bestandsnaam \"regio\" bevat).",
     "A CSV with the columns code, phase, topic, title_nl becomes a new list (for safety regions when the file name "
     "contains \"regio\")."},
    {T::UseForLevel, "Gebruik deze lijst", "Use this list"},
    {T::InUse, "in gebruik", "in use"},
    {T::AddMeasure, "Maatregel toevoegen", "Add measure"},
    {T::EditMeasure, "Maatregel bewerken", "Edit measure"},
    {T::MoveUp, "Omhoog", "Up"},
    {T::MoveDown, "Omlaag", "Down"},
    {T::FieldCode, "Code", "Code"},
    {T::FieldPhase, "Fase", "Phase"},
    {T::FieldTopic, "Thema (sleutel)", "Topic (key)"},
    {T::FieldTitleNl, "Titel (Nederlands)", "Title (Dutch)"},
    {T::FieldTitleEn, "Titel (Engels)", "Title (English)"},
    {T::FieldDescription, "Beschrijving", "Description"},
    {T::FieldPartners, "Partners", "Partners"},
    {T::LevelMunicipality, "voor gemeenten", "for municipalities"},
    {T::LevelRegion, "voor veiligheidsregio's", "for safety regions"},
    {T::AssignmentsIntro, "De 14 landelijke opdrachten (VNG 1-7, Veiligheidsberaad 1-7).",
     "The 14 national assignments (VNG 1-7, Veiligheidsberaad 1-7)."},
    {T::AssignmentsSummary, "%d gereed, %d bezig, %d niet gestart", "%d done, %d in progress, %d not started"},
    {T::AssignmentsOverdue, "%d over tijd", "%d overdue"},
    {T::ColumnAssignment, "Opdracht", "Assignment"},
    {T::ColumnLinkedProgress, "Gekoppelde maatregelen", "Linked measures"},
    {T::EditAssignment, "Opdracht bijwerken", "Update assignment"},
    {T::LinkedMeasures, "Gekoppelde maatregelen in %s", "Linked measures in %s"},
    {T::ScopeLabel, "Voortgang van maatregelen in", "Progress of measures in"},
    {T::AssignmentStatusNotStarted, "Niet gestart", "Not started"},
    {T::AssignmentStatusInProgress, "Bezig", "In progress"},
    {T::AssignmentStatusDone, "Gereed", "Done"},
    {T::SavedAssignment, "Opdracht bijgewerkt", "Assignment updated"},
    {T::InvalidInput, "Niet opgeslagen", "Not saved"},
    {T::A11yProgressHeading, "Voortgang basisniveau: %s", "Baseline progress: %s"},
    {T::A11yAssignmentsHeading, "Landelijke opdrachten", "National assignments"},
    {T::A11yPhaseCaption, "Voortgang per fase", "Progress by phase"},
    {T::A11yTopicCaption, "Voortgang per thema", "Progress by topic"},
    {T::A11yRollUpCaption, "Voortgang van de onderliggende gebieden", "Progress of the areas within"},
    {T::A11yOverdueCaption, "Maatregelen over tijd", "Measures overdue"},
    {T::A11yAssignmentsCaption, "Opdrachten met status, eigenaar, termijn en gekoppelde maatregelen",
     "Assignments with status, owner, due date and linked measures"},
    {T::ColumnPhaseOrTopic, "Onderdeel", "Part"},
    {T::PercentagePoints, "procentpunt", "percentage points"},
    {T::GoUpTo, "Omhoog naar %s", "Up to %s"},
};

static_assert(sizeof kTable / sizeof kTable[0] == kProgressTextCount, "one entry per ProgressText");
static_assert(tableInEnumOrder(kTable), "entries in enum order");

struct TopicName {
    const char* key;
    const char* nl;
    const char* en;
};

// The topics of the shipped lists; a user's own topic key is shown as written.
constexpr TopicName kTopics[] = {
    {"continuity", "Continuïteit", "Continuity"},
    {"electricity", "Elektriciteit", "Electricity"},
    {"drinking_water", "Drinkwater", "Drinking water"},
    {"food", "Voedsel", "Food"},
    {"resilience_points", "Noodsteunpunten", "Resilience points"},
    {"vulnerable_residents", "Kwetsbare inwoners", "Vulnerable residents"},
    {"care", "Zorg", "Care"},
    {"shelter_evacuation", "Opvang en evacuatie", "Shelter and evacuation"},
    {"social_networks", "Sociale netwerken", "Social networks"},
    {"communication", "Communicatie", "Communication"},
    {"information", "Informatievoorziening", "Information"},
    {"waste", "Afval", "Waste"},
    {"elections", "Verkiezingen", "Elections"},
    {"training", "Opleiden en oefenen", "Training and exercises"},
    {"money", "Financiën", "Finances"},
    {"recovery", "Herstel", "Recovery"},
    {"baseline", "Basisniveau", "Baseline"},
    {"scenarios", "Scenario's", "Scenarios"},
    {"practices", "Goede praktijken", "Good practices"},
    {"reporting", "Rapportage", "Reporting"},
    {"coordination", "Coördinatie", "Coordination"},
    {"logistics", "Logistiek", "Logistics"},
};

}  // namespace

const char* translation(ProgressText id, Language language) { return lookUp(kTable, id, language); }
const char* tr(ProgressText id) { return translation(id, currentLanguage()); }
bool progressTableIsInEnumOrder() { return tableInEnumOrder(kTable); }

const char* statusLabel(MeasureStatus status, Language language) {
    switch (status) {
        case MeasureStatus::NotStarted: return translation(T::StatusNotStarted, language);
        case MeasureStatus::InProgress: return translation(T::StatusInProgress, language);
        case MeasureStatus::Done: return translation(T::StatusDone, language);
        case MeasureStatus::NotApplicable: return translation(T::StatusNotApplicable, language);
    }
    return "";
}

const char* assignmentStatusLabel(std::string_view status, Language language) {
    if (status == "done") return translation(T::AssignmentStatusDone, language);
    if (status == "in_progress") return translation(T::AssignmentStatusInProgress, language);
    return translation(T::AssignmentStatusNotStarted, language);
}

const char* phaseLabel(std::string_view phase, Language language) {
    if (phase == "cold") return translation(T::PhaseCold, language);
    if (phase == "first_72h") return translation(T::PhaseFirst72h, language);
    return translation(T::PhaseAfter, language);
}

std::string topicLabel(std::string_view topic, Language language) {
    for (const TopicName& t : kTopics) {
        if (topic == t.key) return language == Language::Dutch ? t.nl : t.en;
    }
    return std::string(topic);
}

}  // namespace wb::ui
