// Strings of the public version ("Publiceren"): the menu entry and its dialog, and the label and
// notices of a page opened as the public version, in Dutch and English (the shape of
// views/string_table.h).
#pragma once

#include "core/language.h"
#include "views/string_table.h"

namespace wb::ui {

enum class PublicText {
    MenuPublish,
    PublishTitle,
    PublishBody,
    PublishReview,
    PublishConfirm,
    PublishFailed,
    Label,
    LabelTooltip,
    NoticeStarted,
    Count_
};

const char* tr(PublicText id);
const char* translation(PublicText id, Language language);

}  // namespace wb::ui
