// The database the page opens when nothing else is there: compiled into the page (tools/default_db).
#pragma once

#include "core/database.h"

namespace wb {

Database openDefaultDatabase();

}  // namespace wb
