// Dates as people read them: Dutch "28-11-2026", English "28 Nov 2026". Dates are kept as ISO
// text ("2026-11-28") in the database, which sorts and compares correctly as text.
#pragma once

#include <string>
#include <string_view>

#include "core/language.h"

namespace wb {

// `isoDate` is "YYYY-MM-DD" (anything after the day, such as a time, is ignored); text that is
// not such a date is returned unchanged.
std::string formatDate(std::string_view isoDate, Language language);

// Today's date (local time) as "YYYY-MM-DD".
std::string todayIsoDate();

}  // namespace wb
