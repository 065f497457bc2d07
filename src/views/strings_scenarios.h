// Strings of the scenario tabs ("Scenario's" with the 72-hour view and threat information sheets,
// "Netwerken" with organisations) and of their part of the accessible view, CSV export and the
// printable sheet, in Dutch and English (the shape of views/string_table.h). Also the labels of the
// data's keys: sectors, periods, severities, action statuses, themes, organisation types and offers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/language.h"
#include "core/scenarios.h"
#include "views/string_table.h"

namespace wb::ui {

enum class ScenarioText {
    TabScenarios,
    TabNetworks,
    Catalogue,
    Theme,
    Effects,
    Sector,
    Period0To24,
    Period24To72,
    PeriodAfter72,
    Severity0,
    Severity1,
    Severity2,
    Severity3,
    SectorElectricity,
    SectorTelecom,
    SectorDrinkingWater,
    SectorPayments,
    SectorTransport,
    SectorCare,
    SectorFood,
    SectorFuel,
    SectorHeating,
    LocalActions,
    LocalActionsOf,
    SelectAreaForActions,
    NoActions,
    ColumnMeasure,
    ColumnAction,
    ColumnStatus,
    StatusNotStarted,
    StatusInProgress,
    StatusDone,
    AddAction,
    ActionDescription,
    ActionMeasure,
    NoMeasure,
    Add,
    Remove,
    Save,
    Cancel,
    Matrix,
    MatrixIntro,
    MatrixMissing,
    MatrixCell,
    ColumnArea,
    HourView,
    HourViewIntro,
    Hours,
    HoursAfter72,
    PowerOut,
    PowerUp,
    PointsWorking,
    PointsNone,
    PointWorks,
    PointStopped,
    PointStopsAt,
    PointNoPower,
    GroupsHit,
    GroupsNotHit,
    GroupHit,
    GroupNotHit,
    ColumnPoints,
    ColumnResidents,
    ColumnUncovered,
    ColumnGroupUncovered,
    ColumnGroupCount,
    Total,
    ExportCsv,
    ThreatSheet,
    ThreatSheetHint,
    ThreatSheetDownload,
    ThreatSheetTitle,
    ThreatSheetIntro,
    ThreatSheetScenarios,
    ThreatSheetMunicipalities,
    ThreatSheetActionsRegion,
    ThreatSheetPrinted,
    ThreatSheetNoRegion,
    Yes,
    No,
    Netherlands,
    ExampleData,
    // Netwerken
    Search,
    FilterType,
    FilterOffer,
    FilterArea,
    Any,
    OnlySelection,
    Results,
    ColumnName,
    ColumnType,
    ColumnOffers,
    ColumnCapacity,
    ColumnReach,
    ColumnOffline,
    NewOrganisation,
    EditOrganisation,
    FieldName,
    FieldType,
    FieldOffers,
    FieldCapacity,
    FieldOffline,
    FieldReach,
    FieldReachHint,
    FieldCommunity,
    FieldPoints,
    FieldScenarios,
    FieldPosition,
    Delete,
    Saved,
    Removed,
    InvalidInput,
    ShowOnMap,
    MapIndicatorName,
    MapIndicatorUnit,
    MapIndicatorSource,
    LinkedPoints,
    LinkedScenarios,
    TypeChurch,
    TypeMosque,
    TypeSportsClub,
    TypeNeighbourhood,
    TypeRedCross,
    TypeVolunteerGroup,
    TypeBusiness,
    OfferShelter,
    OfferFood,
    OfferTransport,
    OfferCare,
    OfferCommunication,
    OfferOutreach,
    A11yScenariosHeading,
    A11yEffectsCaption,
    A11yMatrixCaption,
    A11yHourCaption,
    A11yPointsCaption,
    A11yNetworksHeading,
    A11yNetworksCaption,
    CsvFileName,
    ShowUncoveredOnMap,
    OutageIndicatorName,
    OutageIndicatorUnit,
    OutageIndicatorSource,
    OrganisationsInScenario,
    Count_
};

inline constexpr size_t kScenarioTextCount = static_cast<size_t>(ScenarioText::Count_);

const char* tr(ScenarioText id);
const char* translation(ScenarioText id, Language language);
bool scenarioTableIsInEnumOrder();

// Labels of the data's keys in `language`; unknown keys come back as they are.
std::string sectorLabel(std::string_view sector, Language language);
const char* periodLabel(EffectPeriod period, Language language);
const char* severityLabel(int severity, Language language);
const char* actionStatusLabel(std::string_view status, Language language);
std::string themeLabel(std::string_view theme, Language language);
std::string organisationTypeLabel(std::string_view type, Language language);
std::string offerLabel(std::string_view offer, Language language);
std::string scenarioName(const Scenario& scenario, Language language);
// A cell of an effects table: the severity in words, then the description ("ernstig: ..."); an
// effect the scenario does not state reads as none.
std::string effectText(const ScenarioEffect* effect, Language language);

// The keys the panels offer in their lists.
inline constexpr const char* kEffectSectors[] = {"electricity", "telecom", "drinking_water", "payments", "transport",
                                                 "care", "food", "fuel", "heating"};
inline constexpr const char* kOrganisationTypes[] = {"church", "mosque", "sports_club", "neighbourhood",
                                                     "red_cross", "volunteer_group", "business"};
inline constexpr const char* kOrganisationOffers[] = {"shelter", "food", "transport", "care", "communication",
                                                      "outreach"};
inline constexpr const char* kActionStatuses[] = {"not_started", "in_progress", "done"};

}  // namespace wb::ui
