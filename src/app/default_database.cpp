#include "app/default_database.h"

#include "app/embedded_data.h"
#include "core/schema.h"

namespace wb {

Database openDefaultDatabase() {
    Database db = Database::fromBytes(default_database, default_database_size);
    migrate(db);
    return db;
}

}  // namespace wb
