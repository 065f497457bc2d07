#include "app/default_database.h"

#include "app/js_bridge.h"
#include "core/schema.h"

namespace wb {

Database openDefaultDatabase() {
    const std::vector<uint8_t> bytes = js::takeDefaultDatabase();
    Database db = Database::fromBytes(bytes.data(), bytes.size());
    migrate(db);
    return db;
}

}  // namespace wb
