// The shape of a string table: one entry per id of an enum class, Dutch and English, kept in
// the order of the enum. strings.h holds the general interface; each workspace with many strings
// of its own (strings_progress.h, strings_care.h, ...) declares its enum and table the same way,
// so a feature's strings live next to each other and the unit test checks every table alike.
#pragma once

#include <cstddef>

#include "core/language.h"

namespace wb::ui {

template <typename Id>
struct Translation {
    Id id;
    const char* nl;
    const char* en;
};

// The entry for `id` in `language`. The table is in enum order (checked by tableInEnumOrder).
template <typename Id, size_t N>
const char* lookUp(const Translation<Id> (&table)[N], Id id, Language language) {
    const Translation<Id>& e = table[static_cast<size_t>(id)];
    return language == Language::Dutch ? e.nl : e.en;
}

template <typename Id, size_t N>
constexpr bool tableInEnumOrder(const Translation<Id> (&table)[N]) {
    for (size_t i = 0; i < N; ++i) {
        if (static_cast<size_t>(table[i].id) != i) return false;
    }
    return true;
}

// The language the interface shows now (strings.cpp keeps it).
Language currentLanguage();

}  // namespace wb::ui
