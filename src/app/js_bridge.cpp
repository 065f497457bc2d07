#include "app/js_bridge.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace wb::js {

void notifyReady() {
    EM_ASM({ Module.weerbaar.started(); });
}

void notifyStartupFailure(const std::string& message) {
    EM_ASM({ Module.weerbaar.failed(UTF8ToString($0)); }, message.c_str());
}

std::optional<Language> storedLanguage() {
    // 1 = Dutch, 2 = English, 0 = nothing stored (or storage not available).
    const int stored = EM_ASM_INT({ return Module.weerbaar.storedLanguage(); });
    if (stored == 1) return Language::Dutch;
    if (stored == 2) return Language::English;
    return std::nullopt;
}

void storeLanguage(Language language) {
    EM_ASM({ Module.weerbaar.storeLanguage($0 ? 'en' : 'nl'); }, language == Language::English ? 1 : 0);
}

void canvasCssSize(double& width, double& height, double& pixelRatio) {
    emscripten_get_element_css_size("#canvas", &width, &height);
    pixelRatio = emscripten_get_device_pixel_ratio();
}

}  // namespace wb::js
