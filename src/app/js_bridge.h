// The few things the C++ side needs from the page (web/dashboard.js): start-up signals and the
// remembered language. Only this file and main.cpp know about emscripten.
#pragma once

#include <optional>
#include <string>

#include "core/language.h"

namespace wb::js {

void notifyReady();                              // first frame drawn: resolves Dashboard.ready
void notifyStartupFailure(const std::string& message);  // shows the error screen, rejects ready
std::optional<Language> storedLanguage();
void storeLanguage(Language language);
// CSS size of the canvas and the device pixel ratio.
void canvasCssSize(double& width, double& height, double& pixelRatio);

}  // namespace wb::js
