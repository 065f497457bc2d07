#include "app/js_bridge.h"

#include <emscripten.h>

#include <cstdlib>
#include <utility>
#include <emscripten/html5.h>

namespace wb::js {
namespace {

// A string the page put into the heap (Module.weerbaar.heapString), copied and freed.
std::string takeString(int pointer) {
    char* text = reinterpret_cast<char*>(static_cast<uintptr_t>(pointer));  // wasm32: a pointer fits in an int
    std::string value = text ? text : "";
    std::free(text);
    return value;
}

}  // namespace


void notifyReady() {
    EM_ASM({ Module.weerbaar.started(); });
}

void markStartPhase(const char* phase) { EM_ASM({ performance.mark('weerbaar:' + UTF8ToString($0)); }, phase); }

// A message to ourselves, not setTimeout(0): browsers hold nested timers back by 4 ms or more,
// a loss of several percent at the import's slice length; a message task runs as soon as the
// thread is free, and frames still come first when one is due.
void scheduleImportSlice() {
    EM_ASM({
        var w = Module.weerbaar;
        if (!w.importSlices) {
            w.importSlices = new MessageChannel();
            w.importSlices.port1.onmessage = function() { Module.ccall('wb_run_import_slice', null, [], []); };
        }
        w.importSlices.port2.postMessage(0);
    });
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

std::string storedPreference(const std::string& name) {
    return takeString(EM_ASM_INT({ return Module.weerbaar.heapString(Module.weerbaar.preference(UTF8ToString($0))); },
                                 name.c_str()));
}

void storePreference(const std::string& name, const std::string& value) {
    EM_ASM({ Module.weerbaar.setPreference(UTF8ToString($0), UTF8ToString($1)); }, name.c_str(), value.c_str());
}

std::optional<StartDatabase> takeStartDatabase() {
    const int size = EM_ASM_INT({ return Module.weerbaar.startDatabaseSize(); });
    if (size <= 0) return std::nullopt;
    DatabaseImage image(static_cast<size_t>(size));
    const int origin = EM_ASM_INT({ return Module.weerbaar.takeStartDatabase($0); }, image.data());
    return StartDatabase{origin == 2 ? StartDatabaseOrigin::EmbeddedInPage : StartDatabaseOrigin::SavedInBrowser,
                         std::move(image)};
}

DatabaseImage takeDefaultDatabase() {
    DatabaseImage image(static_cast<size_t>(EM_ASM_INT({ return Module.weerbaar.defaultDatabaseSize(); })));
    EM_ASM({ Module.weerbaar.copyDefaultDatabase($0); }, image.data());
    return image;
}

void databaseChanged() { EM_ASM({ Module.weerbaar.databaseChanged(); }); }
void forgetSavedDatabase() { EM_ASM({ Module.weerbaar.forgetSavedDatabase(); }); }
void importFinished(int requestId, const std::string& json) {
    EM_ASM({ Module.weerbaar.importFinished($0, UTF8ToString($1)); }, requestId, json.c_str());
}
std::string pageFragment() { return takeString(EM_ASM_INT({ return Module.weerbaar.heapString(location.hash); })); }

void replacePageFragment(const std::string& fragment) {
    EM_ASM({ Module.weerbaar.replaceFragment(UTF8ToString($0)); }, fragment.c_str());
}

void mapImageCaptured(int requestId, const std::vector<uint8_t>& rgba, int width, int height,
                      const std::string& fileName) {
    EM_ASM({ Module.weerbaar.mapImageCaptured($0, HEAPU8.slice($1, $1 + $2), $3, $4, UTF8ToString($5)); }, requestId,
           rgba.data(), static_cast<int>(rgba.size()), width, height, fileName.c_str());
}

void openAccessibleView() { EM_ASM({ Module.weerbaar.openAccessibleView(); }); }
void focusAccessibleViewButton() { EM_ASM({ Module.weerbaar.focusAccessibleViewButton(); }); }

void pickFiles() { EM_ASM({ Module.weerbaar.pickFiles(); }); }
void saveDatabaseFile() { EM_ASM({ Module.weerbaar.saveDatabaseFile(); }); }
void saveOfflineFile() { EM_ASM({ Module.weerbaar.saveOfflineFile(); }); }
void savePublicFile() { EM_ASM({ Module.weerbaar.savePublicFile(); }); }

void exchangeDeliver(const std::string& peildatum) {
    EM_ASM({ Module.weerbaarExchange.deliver(UTF8ToString($0)); }, peildatum.c_str());
}
void exchangeMakeKey(const std::string& passphrase) {
    EM_ASM({ Module.weerbaarExchange.makeKey(UTF8ToString($0)); }, passphrase.c_str());
}
void exchangeRestoreKey(const std::string& passphrase) {
    EM_ASM({ Module.weerbaarExchange.restoreKey(UTF8ToString($0)); }, passphrase.c_str());
}
void exchangeSavePublicKey() { EM_ASM({ Module.weerbaarExchange.savePublicKey(); }); }
void exchangeAcceptHeld(int64_t deliveryId) {
    EM_ASM({ Module.weerbaarExchange.acceptHeld($0); }, static_cast<double>(deliveryId));
}

void downloadText(const std::string& fileName, const std::string& text, const char* mimeType) {
    EM_ASM({ Module.weerbaarFiles.download(UTF8ToString($0), HEAPU8.slice($1, $1 + $2), UTF8ToString($3)); },
           fileName.c_str(), text.data(), text.size(), mimeType);
}

void canvasCssSize(double& width, double& height, double& pixelRatio) {
    emscripten_get_element_css_size("#canvas", &width, &height);
    pixelRatio = emscripten_get_device_pixel_ratio();
}

}  // namespace wb::js
