// Strings of the baseline progress tabs ("Voortgang", "Actielijst", "Opdrachten") and of their
// part of the accessible view, in Dutch and English (the shape of views/string_table.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/checklist.h"
#include "core/language.h"
#include "views/string_table.h"

namespace wb::ui {

enum class ProgressText {
    TabProgress,
    TabActionList,
    TabAssignments,
    Netherlands,
    ReferenceDay,
    ListLabel,
    ListMunicipalities,
    ListRegions,
    NoList,
    NoData,
    PercentDone,
    CountsLine,
    TrendQuarter,
    TrendNoData,
    ShowOnMap,
    ByPhase,
    ByTopic,
    Overdue,
    NoneOverdue,
    MoreOverdue,
    RollUp,
    ColumnArea,
    ColumnDone,
    ColumnPercentDone,
    ColumnApplicable,
    Checklist,
    ChecklistHint,
    ColumnCode,
    ColumnMeasure,
    ColumnStatus,
    ColumnDate,
    ColumnDue,
    ColumnOwner,
    ColumnEvidence,
    ColumnBy,
    ColumnPartners,
    StatusNotStarted,
    StatusInProgress,
    StatusDone,
    StatusNotApplicable,
    PhaseCold,
    PhaseFirst72h,
    PhaseAfter,
    EditMeasureStatus,
    FieldStatusDate,
    FieldDueDate,
    FieldOwner,
    FieldEvidence,
    FieldChangedBy,
    Save,
    Cancel,
    History,
    NoHistory,
    SavedStatus,
    MapIndicatorName,
    MapIndicatorUnit,
    MapIndicatorSource,
    ActionLists,
    ExampleMarker,
    ExampleListNote,
    MeasureCount,
    NewList,
    NewListName,
    CopyList,
    CopySuffix,
    RenameList,
    DeleteList,
    DeleteListConfirm,
    DeleteMeasureConfirm,
    Delete,
    ExportCsv,
    ImportCsv,
    ImportCsvHint,
    UseForLevel,
    InUse,
    AddMeasure,
    EditMeasure,
    MoveUp,
    MoveDown,
    FieldCode,
    FieldPhase,
    FieldTopic,
    FieldTitleNl,
    FieldTitleEn,
    FieldDescription,
    FieldPartners,
    LevelMunicipality,
    LevelRegion,
    AssignmentsIntro,
    AssignmentsSummary,
    AssignmentsOverdue,
    ColumnAssignment,
    ColumnLinkedProgress,
    EditAssignment,
    LinkedMeasures,
    ScopeLabel,
    AssignmentStatusNotStarted,
    AssignmentStatusInProgress,
    AssignmentStatusDone,
    SavedAssignment,
    InvalidInput,
    A11yProgressHeading,
    A11yAssignmentsHeading,
    A11yPhaseCaption,
    A11yTopicCaption,
    A11yRollUpCaption,
    A11yOverdueCaption,
    A11yAssignmentsCaption,
    ColumnPhaseOrTopic,
    PercentagePoints,
    GoUpTo,
    Count_
};

inline constexpr size_t kProgressTextCount = static_cast<size_t>(ProgressText::Count_);

const char* tr(ProgressText id);
const char* translation(ProgressText id, Language language);
bool progressTableIsInEnumOrder();

// Labels of the data's keys, in the interface language (unknown keys come back as they are).
const char* statusLabel(MeasureStatus status, Language language);
const char* assignmentStatusLabel(std::string_view status, Language language);
const char* phaseLabel(std::string_view phase, Language language);
std::string topicLabel(std::string_view topic, Language language);

}  // namespace wb::ui
