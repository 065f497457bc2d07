// The few things the C++ side needs from the page (web/dashboard.js): start-up signals and the
// remembered language. Only this file and main.cpp know about emscripten.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/database.h"
#include "core/language.h"

namespace wb::js {

void notifyReady();                              // first frame drawn: resolves Dashboard.ready
// A User Timing mark "weerbaar:<phase>" (performance.mark): where the start's time goes, read by
// tests/bench/start.mjs. A mark costs microseconds; the start sets a handful.
void markStartPhase(const char* phase);
void notifyStartupFailure(const std::string& message);  // shows the error screen, rejects ready
std::optional<Language> storedLanguage();
// Small remembered choices (contrast, text size): text per name, empty when nothing is stored.
std::string storedPreference(const std::string& name);
void storePreference(const std::string& name, const std::string& value);
void storeLanguage(Language language);
// CSS size of the canvas and the device pixel ratio.
void canvasCssSize(double& width, double& height, double& pixelRatio);

enum class StartDatabaseOrigin { SavedInBrowser, EmbeddedInPage };
struct StartDatabase {
    StartDatabaseOrigin origin;
    DatabaseImage image;
};
// The database saved in this browser or embedded in an offline file, whichever is newer; none
// when neither exists. The page lets go of its bytes: asked once.
std::optional<StartDatabase> takeStartDatabase();
// The default database the page carries (decompressed by the page before start-up); the page
// keeps it for a reset to the default data.
DatabaseImage takeDefaultDatabase();
void databaseChanged();       // schedules writing the database to browser storage
void forgetSavedDatabase();   // after a reset to the default data
void importFinished(int requestId, const std::string& json);  // settles Dashboard.importFile
void scheduleImportSlice();    // runs wb_run_import_slice as a task of its own, soon
// The fragment of the page address ("#level=..."), and replacing it without a new history entry.
std::string pageFragment();
void replacePageFragment(const std::string& fragment);
// A picture of the map (RGBA rows, top row first) to encode as PNG: downloaded (requestId -1) or
// handed to the Dashboard.exportMapPng promise `requestId`.
void mapImageCaptured(int requestId, const std::vector<uint8_t>& rgba, int width, int height,
                      const std::string& fileName);
void pickFiles();                    // the browser's file dialog; chosen files are imported
void openAccessibleView();          // the dashboard's figures as HTML (web/accessible.js)
void focusAccessibleViewButton();   // F6: the way out of the canvas for keyboard users
void saveDatabaseFile();      // download as .sqlite
void saveOfflineFile();       // download this page with the database inside
void savePublicFile();        // download this page with the public copy inside (core/public_copy.h)

// The exchange tab's browser work (web/exchange.js): signing, keys, held files.
void exchangeDeliver(const std::string& peildatum);      // make, sign and download the own file
void exchangeMakeKey(const std::string& passphrase);     // a key, its backup and its public key file
void exchangeRestoreKey(const std::string& passphrase);  // pick a backup and unlock it
void exchangeSavePublicKey();
void exchangeAcceptHeld(int64_t deliveryId);             // trust, merge, check what it carries
void downloadText(const std::string& fileName, const std::string& text, const char* mimeType);

}  // namespace wb::js
