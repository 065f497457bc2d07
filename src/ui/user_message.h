// An exception's message for the interface: in Dutch when the interface is Dutch and the message
// catalogue (io/import_message_dutch.h) knows it, otherwise as the core wrote it. For the refusals
// the edit forms show ("the list needs a name"), as import messages are shown; the catalogue's
// unit test scans the core files behind the forms for messages without a Dutch template.
#pragma once

#include <exception>
#include <string>

#include "io/import_message_dutch.h"
#include "views/string_table.h"

namespace wb::ui {

inline std::string userMessage(const std::exception& e) { return io::importMessageIn(currentLanguage(), e.what()); }

}  // namespace wb::ui
