// Every interface string, in Dutch and English, in one table.
// Panels never hold literal UI text: they ask tr(Text::...) so a language switch changes all of
// it and a test can check that no entry is missing a translation.
#pragma once

#include <cstddef>

#include "core/area_level.h"
#include "core/classification.h"
#include "core/language.h"

namespace wb::ui {

enum class Text {
    AppTitle,
    MenuFile,
    MenuFileImport,
    MenuFileSaveDatabase,
    MenuFileSaveOffline,
    MenuFileExportMapCsv,
    MenuFileReset,
    ResetTitle,
    ResetBody,
    ResetConfirm,
    Cancel,
    MapIndicator,
    NoticeImported,
    NoticeImportFailed,
    NoticeStartedFromSaved,
    NoticeStartedFromEmbedded,
    NoticeSavedUnreadable,
    NoticeStorageFailed,
    NoticeResetDone,
    NoticeDropHint,
    MenuView,
    MenuViewFit,
    MenuViewSidePanel,
    MenuLanguage,
    MenuHelp,
    MenuHelpShortcuts,
    MenuHelpAbout,
    PanelRegions,
    PanelMap,
    RegionsFilterHint,
    RegionsMunicipalities,
    ColumnName,
    ColumnCode,
    ColumnResidents,
    TooltipCode,
    TooltipSafetyRegion,
    TooltipProvince,
    LegendNoData,
    LegendSource,
    SelectionLabel,
    SelectionClear,
    ShortcutsTitle,
    ShortcutPan,
    ShortcutZoom,
    ShortcutFit,
    ShortcutNavigate,
    ShortcutSelect,
    AboutTitle,
    AboutBody,
    AboutData,
    Close,
    StatusGeography,
    ImportCancelled,
    ImportProgressTitle,
    ImportProgressWaiting,
    ImportProgressHint,
    MappingTitle,
    MappingIntro,
    MappingColumn,
    MappingExamples,
    MappingMeaning,
    RoleIgnore,
    RoleAreaCode,
    RoleAreaName,
    RolePeriod,
    RoleIndicatorName,
    RoleValue,
    RoleIndicatorValues,
    MappingPeriod,
    MappingDecimal,
    MappingDecimalComma,
    MappingDecimalPoint,
    MappingNeedArea,
    MappingNeedValues,
    MappingNeedPeriod,
    MappingImport,
    ExampleDataLabel,
    ExampleDataTooltip,
    MapLevel,
    LevelProvinces,
    LevelSafetyRegions,
    LevelMunicipalities,
    LevelDistricts,
    LevelNeighbourhoods,
    ShapeBoundaries,
    ShapeTiles,
    MapClassification,
    MethodQuantiles,
    MethodEqualIntervals,
    MethodNaturalBreaks,
    ClassCountFormat,
    LegendSuppressed,
    MapHintTiles,
    MapHintBoundaries,
    MenuViewZoomSelection,
    MenuViewLevelUp,
    MenuFileExportMapPng,
    ShortcutDrill,
    TooltipMunicipality,
    PerThousandResidents,
    UnitPerThousandResidents,
    A11yTitle,
    A11yIntro,
    A11yBack,
    A11yContents,
    A11ySelection,
    A11yNoSelection,
    A11ySelected,
    A11yPartOf,
    A11yClearSelection,
    A11yMap,
    A11yMapSummary,
    A11yMapCaption,
    A11yArea,
    A11yClass,
    A11yClassOf,
    A11yIndicatorsOf,
    A11yIndicator,
    A11yValue,
    A11yUnit,
    A11yYear,
    A11ySource,
    A11ySelectArea,
    A11ySuppressedNote,
    MenuViewAccessible,
    LevelCountry,
    LevelProvince,
    LevelSafetyRegion,
    LevelMunicipality,
    LevelDistrict,
    LevelNeighbourhood,
    ShortcutLeaveCanvas,
    MenuViewHighContrast,
    MenuViewTextSize,
    Count_  // not a string: the number of entries
};

constexpr size_t kTextCount = static_cast<size_t>(Text::Count_);

void setLanguage(Language language);
Language currentLanguage();

// The string in the current language.
const char* tr(Text id);

// The name of a level, "gemeente" (singular) or "Gemeenten" (plural, as a heading or choice).
Text levelText(AreaLevel level, bool plural);
// The name of a classification method.
Text methodText(ClassMethod method);
// The string in a given language (tests, exports in a fixed language).
const char* translation(Text id, Language language);

}  // namespace wb::ui
