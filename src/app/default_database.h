// The database the page opens when nothing else is there: built by tools/default_db and
// carried by the page gzip-ed (cmake/assemble_page.cmake).
#pragma once

#include "core/database.h"

namespace wb {

Database openDefaultDatabase();

}  // namespace wb
