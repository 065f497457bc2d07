#include "app/default_database.h"

#include "app/js_bridge.h"
#include "core/schema.h"
#include "core/transport_indexes.h"

namespace wb {

Database openDefaultDatabase() {
    const std::vector<uint8_t> bytes = js::takeDefaultDatabase();
    Database db = Database::fromBytes(bytes.data(), bytes.size());
    restoreDeferredIndexes(db);  // the page carries it without indexes (core/transport_indexes.h)
    migrate(db);
    return db;
}

}  // namespace wb
