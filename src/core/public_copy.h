// The public copy ("Publiceren"): the working database made fit for a static web site or a public
// demo. People's names, notes about them and ways to reach them are taken out, counts of people
// below the suppression threshold are removed, and the copy is marked as the public version, which
// the dashboard opens read-only.
//
// What goes and what stays is decided per column, by what the column is FOR: a column meant to
// say who (an owner, an editor, a contact, a free note) is emptied; a column meant to say what (the
// plan's content, names of places and organisations, the credit of a data source) stays. Every text
// column of the schema has a rule below; a unit test fails when a new one has none, so a later
// migration cannot add a field that slips into the public copy unreviewed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/database.h"

namespace wb {

enum class PublicTreatment {
    Kept,         // public content
    Emptied,      // set to '' (the column is NOT NULL) or NULL
    RowsDeleted,  // the whole table is emptied
    Special,      // handled by its own step (meta keys, small counts of people)
};

struct PublicColumnRule {
    std::string_view table;
    std::string_view columns;  // space-separated; "*" for every column of the table
    PublicTreatment treatment;
    std::string_view reason;
};

// The rules in schema order (docs and tests read them; makePublicCopy applies them).
const std::vector<PublicColumnRule>& publicCopyRules();

// The meta keys a public copy keeps (a key nobody has reviewed stays out).
const std::vector<std::string_view>& publicMetaKeys();

// Turns `db` into the public copy: run it on a COPY of the working database, never on the working
// one. Afterwards no removed value is left anywhere in the file's bytes (secure_delete, then
// VACUUM), the indexes a page's start database defers are built (the copy opens without a write),
// and meta holds public_version = 1 and public_made_at = `madeAt`.
// Throws DatabaseError; the database may then be half-done and must be thrown away.
void makePublicCopy(Database& db, const std::string& madeAt);

// True for a database made by makePublicCopy: the dashboard shows it read-only.
bool isPublicCopy(const Database& db);

}  // namespace wb
