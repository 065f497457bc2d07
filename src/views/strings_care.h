// Strings of the population-care tabs ("Kwetsbaarheid", "Weerbaarheidspunten", "Dekking"), of
// their computed map indicators and of their part of the accessible view, in Dutch and English
// (the shape of views/string_table.h).
#pragma once

#include <string>
#include <vector>

#include "core/language.h"
#include "views/string_table.h"

namespace wb::ui {

enum class CareText {
    TabVulnerability,
    TabResiliencePoints,
    TabCoverage,
    Netherlands,
    ValuesFor,
    NoVulnerabilityIndicators,
    ColumnIndicator,
    ColumnSource,
    ColumnYear,
    ColumnValue,
    ColumnPerThousand,
    ColumnMap,
    ColumnWeight,
    ShowOnMap,
    ShowAsHeatMap,
    MapPerThousand,
    ShowVulnerableObjects,
    IndexHeader,
    IndexExplanation,
    IndexOfSelection,
    IndexShowOnMap,
    IndexResetWeights,
    IndexIndicatorName,
    IndexIndicatorUnit,
    IndexIndicatorSource,
    UncoveredIndicatorName,
    UncoveredIndicatorUnit,
    UncoveredIndicatorSource,
    NewPoint,
    EditPoint,
    RemovePoint,
    FilterHint,
    FilterAllStatuses,
    PointsShown,
    FormNewTitle,
    FormEditTitle,
    FieldName,
    FieldType,
    TypeLocal,
    TypeFireStation,
    FieldStatus,
    FieldFunctions,
    FieldEmergencyPower,
    FieldAutonomyHours,
    FieldStaff,
    FieldOpenWithin,
    FieldCapacity,
    FieldStepFree,
    FieldLatitude,
    FieldLongitude,
    FieldMunicipality,
    PlaceOnMap,
    PlaceOnMapWaiting,
    Save,
    CancelEdit,
    ProblemName,
    ProblemPlace,
    ProblemNumbers,
    ProblemAutonomy,
    NoticePointSaved,
    NoticePointRemoved,
    RemoveTitle,
    RemoveBody,
    RemoveConfirm,
    Remove,
    Yes,
    No,
    ColumnPower,
    FireStationsHeader,
    FireStationsAddCandidates,
    FireStationsCandidates,
    MakeResiliencePoint,
    ScopeAllMunicipalities,
    ScopeMunicipalitiesIn,
    CoverageDistance,
    CoverageRequirePower,
    CoverageGroup,
    CoverageShowOnMap,
    CoverageExportCsv,
    ColumnCode,
    ColumnArea,
    ColumnResidents,
    ColumnCovered,
    ColumnUncovered,
    ColumnCoveredPercent,
    ColumnGroupCovered,
    ColumnGroupUncovered,
    ColumnPoints,
    ColumnCapacity,
    ColumnServed,
    CoverageOverCapacity,
    CoverageGaps,
    CoverageNoGaps,
    CoverageResidentsOutside,
    CoverageMoreGaps,
    WhatIfHeader,
    WhatIfIntro,
    WhatIfPlacePoint,
    WhatIfPointName,
    WhatIfClear,
    WhatIfActive,
    A11yVulnerabilityCaption,
    A11yPointsCaption,
    A11yCoverageCaption,
    A11yPointsCountedActive,
    A11yPointsCountedPowered,
    A11ySelectForPoints,
    Count_
};

const char* translation(CareText id, Language language);
const char* tr(CareText id);

// Labels of a resilience point's status and functions (the ids of core/resilience_points.h).
const char* statusLabel(const std::string& status, Language language);
const char* statusLabel(const std::string& status);
const char* functionLabel(const std::string& function, Language language);
const char* functionLabel(const std::string& function);
// Every function a point can have, in the order the form shows them.
const std::vector<std::string>& resilienceFunctions();

}  // namespace wb::ui
