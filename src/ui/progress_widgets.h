// Small pieces the three baseline progress tabs draw alike: a percentage as text, a labelled
// progress bar, a warning in the theme's error colour, a formatted string from a table entry.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>

#include "core/progress.h"

namespace wb::ui {

// "62%" in the interface language, or "geen gegevens" when nothing applies.
std::string percentText(std::optional<double> percent);
// A bar filled to the share done, with "62% (31/50)" on it; `label` left of it when given.
void progressCountBar(const char* label, const ProgressCount& count, float labelWidth = 0);
// Text in a dark red that keeps enough contrast on the light theme (always with words, never
// colour alone).
void warningText(const std::string& text);
// printf into a std::string (the table entries carry %d and %s).
std::string formatted(const char* format, ...);
// A form's text buffer filled with `text` (cut to fit).
template <size_t N>
void copyInto(char (&buffer)[N], const std::string& text) {
    std::snprintf(buffer, N, "%s", text.c_str());
}
// A label above a full-width text field (several lines when `multiline`), anchored as `anchor`.
void labelledInput(const char* label, const char* anchor, char* buffer, size_t size, bool multiline = false);

// Inside a form: fields and radio buttons with a visible border (the popup background is as light
// as the fields). Lives for the scope of the form.
class FramedFields {
public:
    FramedFields();
    ~FramedFields();
    FramedFields(const FramedFields&) = delete;
    FramedFields& operator=(const FramedFields&) = delete;
};
// A tab of the baseline workspace whose anchor is "baseline-<anchor>"; true while it is open
// (then EndTabItem follows).
bool baselineTab(const char* label, const char* anchor);

}  // namespace wb::ui
