// Platform layer: browser canvas + WebGL2 through SDL2, Dear ImGui (its SDL2 backend for input,
// render/imgui_renderer for drawing), the main loop.
// Everything the dashboard does happens in the panels (src/ui) on the shared AppState; this file
// only starts things, pumps events and presents frames.
#include <SDL.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/default_database.h"
#include "app/js_bridge.h"
#include "app/runtime.h"
#include "app/web_api_report.h"
#include "core/transport_indexes.h"
#include "core/untrusted_database.h"
#include "io/action_list_csv.h"
#include "io/action_list_file.h"
#include "io/import_message_dutch.h"
#include "render/gl.h"
#include "render/imgui_renderer.h"
#include "render/map_renderer.h"
#include "ui/map_overlays.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "views/import_pacing.h"
#include "views/map_export.h"
#include "views/strings.h"
#include "views/strings_public.h"
#include "views/view_link.h"

namespace wb {
namespace {

struct Runtime {
    SDL_Window* window = nullptr;
    std::string writtenLink;          // the view link last put in the address
    std::string changedLink;          // a newer one, written once the view has rested
    double linkChangedAt = 0;
    SDL_GLContext gl = nullptr;
    std::unique_ptr<AppState> state;
    std::unique_ptr<render::MapRenderer> renderer;
    std::unique_ptr<render::ImGuiRenderer> imguiRenderer;
    std::unique_ptr<ui::MapOverlays> overlays;  // points and heat map over the map
    double pixelRatio = 1.0;
    ui::ThemeSettings theme;          // as applied
    long frame = 0;
    long savedChangeCount = 0;
    // Dear ImGui 1.86 reads keys as a held-down state once per frame, so a key pressed and
    // released between two frames (a quick tap while a frame is slow) would never be seen. A
    // release that arrives in the same batch as its press is handed over in the next frame, and
    // so is every release after it, so releases keep their order: Ctrl+Tab's Ctrl is still down
    // in the frame ImGui sees the Tab.
    std::vector<SDL_Event> keysForNextFrame;
    ImportPacing importPacing;         // how much of each frame the import in progress gets
    bool importSliceScheduled = false;
};

Runtime g_runtime;

// The newest of: the database saved in this browser, the one embedded in an offline file, the
// default. A saved database that cannot be opened is reported, never dropped silently: it stays
// in storage until the user changes something.
void openStartDatabase(AppState& state) {
    if (auto start = js::takeStartDatabase()) {
        try {
            state.open(openUntrustedDatabase(std::move(start->image)), AppState::PointsReading::Later);
            state.notify(state.readOnly ? ui::tr(ui::PublicText::NoticeStarted)
                         : ui::tr(start->origin == js::StartDatabaseOrigin::SavedInBrowser ? ui::Text::NoticeStartedFromSaved
                                                                                           : ui::Text::NoticeStartedFromEmbedded),
                         false);
            return;
        } catch (const std::exception& e) {
            state.open(openDefaultDatabaseWithoutIndexes(), AppState::PointsReading::Later);
            state.notify(std::string(ui::tr(ui::Text::NoticeSavedUnreadable)) + ": " +
                             io::importMessageIn(ui::currentLanguage(), e.what()),
                         true);
            return;
        }
    }
    // Its indexes are built after the first frame (frame()), as are the point layers.
    Database db = openDefaultDatabaseWithoutIndexes();
    js::markStartPhase("database-open");
    state.open(std::move(db), AppState::PointsReading::Later);
    state.notify(ui::tr(ui::Text::NoticeDropHint), false);
}

// Carries out what the panels asked for this frame.
void handleRequests(Runtime& rt) {
    AppState& state = *rt.state;
    auto& r = state.requests;
    if (r.pickFiles) js::pickFiles();
    // While an import runs its transaction is open: nothing may be saved until it has finished.
    const bool idle = !state.imports.busy();
    if (r.saveDatabase && idle) js::saveDatabaseFile();
    if (r.saveOffline && idle) js::saveOfflineFile();
    if (r.publish && idle) js::savePublicFile();
    if (r.exportMapCsv) {
        js::downloadText("weerbaar-" + state.map.indicator.id + (state.selectedCode.empty() ? "" : "-" + state.selectedCode) +
                             ".csv",
                         mapFiguresCsv(state.map, state.areas, state.selectedCode, ui::currentLanguage()), "text/csv");
    }
    if (const int64_t listId = std::exchange(state.progressView.exportList, 0)) {  // the Actielijst tab's export
        if (const auto list = actionList(state.db, listId)) {
            js::downloadText(io::actionListFileName(list->id, list->forLevel),
                             io::exportActionListCsv(state.db, list->id, io::CsvStyle::forLanguage(ui::currentLanguage())),
                             "text/csv");
        }
    }
    if (auto file = std::exchange(state.scenarios.download, std::nullopt)) {  // 72-hour CSV, threat sheet
        js::downloadText(file->fileName, file->text, file->mimeType);
    }
    if (state.care.exportCsvRequested) {  // the Dekking tab's table (views/care_view.h)
        state.care.exportCsvRequested = false;
        js::downloadText("weerbaar-dekking" + (state.selectedCode.empty() ? "" : "-" + state.selectedCode) + ".csv",
                         coverageCsv(state, ui::currentLanguage()), "text/csv");
    }
    auto& x = state.exchange.requests;  // the exchange tab (views/exchange_view.h)
    if (!x.deliverAsOf.empty() && idle) js::exchangeDeliver(std::exchange(x.deliverAsOf, std::string()));
    if (std::exchange(x.makeKey, false)) js::exchangeMakeKey(std::exchange(state.exchange.passphrase, std::string()));
    if (std::exchange(x.restoreKey, false)) js::exchangeRestoreKey(std::exchange(state.exchange.passphrase, std::string()));
    if (std::exchange(x.savePublicKey, false)) js::exchangeSavePublicKey();
    if (std::exchange(x.pickFiles, false)) js::pickFiles();
    if (x.acceptHeld && idle) js::exchangeAcceptHeld(std::exchange(x.acceptHeld, 0));
    if (r.saveMapImage) state.mapImageRequest = -1;
    if (r.openAccessibleView) js::openAccessibleView();
    if (!r.exportPracticePack.empty()) downloadPracticePack(state, r.exportPracticePack);
    if (!r.reportScope.empty()) startReportDownload(r.reportScope, r.reportDate);
    if (r.resetToDefault && idle) {
        js::forgetSavedDatabase();
        state.open(openDefaultDatabase());
        rt.savedChangeCount = state.changeCount;  // the default needs no saving
        state.notify(ui::tr(ui::Text::NoticeResetDone), false);
    }
    r = {};
    saveChangesSoon();
}

// Keeps the page address in step with the view, so a copied link reopens it. Written only after the
// view has rested for half a second: browsers throttle (and complain about) address updates on
// every frame of a drag.
void followViewInAddress(Runtime& rt) {
    constexpr double kRestMs = 500;
    const std::string link = formatViewLink(rt.state->viewLink());
    const double now = emscripten_get_now();
    if (link != rt.changedLink) {
        rt.changedLink = link;
        rt.linkChangedAt = now;
    }
    if (rt.changedLink != rt.writtenLink && now - rt.linkChangedAt >= kRestMs) {
        js::replacePageFragment(rt.changedLink);
        rt.writtenLink = rt.changedLink;
    }
}

// The map panel's pixels from the frame just drawn (the default framebuffer still holds them
// until the frame is presented), top row first.
void captureMapImage(AppState& state) {
    const ImGuiIO& io = ImGui::GetIO();
    const int x = static_cast<int>(std::lround(state.mapRect.min.x * io.DisplayFramebufferScale.x));
    const int width = static_cast<int>(std::lround(state.mapRect.size.x * io.DisplayFramebufferScale.x));
    const int height = static_cast<int>(std::lround(state.mapRect.size.y * io.DisplayFramebufferScale.y));
    const int top = static_cast<int>(std::lround(state.mapRect.min.y * io.DisplayFramebufferScale.y));
    const int framebufferHeight = static_cast<int>(std::lround(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    std::vector<uint8_t> pixels(static_cast<size_t>(width) * height * 4);
    glReadPixels(x, framebufferHeight - top - height, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    std::vector<uint8_t> flipped(pixels.size());
    const size_t row = static_cast<size_t>(width) * 4;
    for (int y = 0; y < height; ++y) {
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(row * y), row,
                    flipped.begin() + static_cast<std::ptrdiff_t>(row * (height - 1 - y)));
    }
    js::mapImageCaptured(state.mapImageRequest, flipped, width, height, "weerbaar-kaart-" + state.map.indicator.id + ".png");
    state.mapImageRequest = 0;
}

// Tells the page which imports finished (Dashboard.importFile's promises).
void reportFinishedImports(AppState& state) {
    for (const ImportOutcome& outcome : state.imports.finished) js::importFinished(outcome.requestId, outcomeJson(outcome));
    if (!state.imports.finished.empty()) saveChangesSoon();
    state.imports.finished.clear();
}

// Whether an import has work for a slice (not done, not waiting for the user's column mapping).
bool importWaitsForSlices(const ImportQueue& q) { return !q.mapping && (q.current || !q.waiting.empty()); }

// Schedules the next slice as a task of its own (js::scheduleImportSlice: no timer, so no
// minimum delay between slices).
void scheduleImportSlice(Runtime& rt) {
    if (rt.importSliceScheduled) return;
    rt.importSliceScheduled = true;
    js::scheduleImportSlice();
}

// One slice of the import in progress, as long as views/import_pacing.h says; the next follows
// right after it, and the browser draws its frames in between.
void runImportSlice() {
    Runtime& rt = g_runtime;
    rt.importSliceScheduled = false;
    try {
        advanceImports(*rt.state, rt.importPacing.startSlice(io::ImportClock::now()));
        reportFinishedImports(*rt.state);
        // The next slice at once, unless the browser has not drawn for a while: then the next
        // frame schedules it (runImports), so the page never stops drawing for long.
        if (importWaitsForSlices(rt.state->imports) && rt.importPacing.mayGoOnWithoutFrame(io::ImportClock::now())) {
            scheduleImportSlice(rt);
        }
    } catch (const std::exception& e) {
        emscripten_cancel_main_loop();
        js::notifyStartupFailure(e.what());
    }
}

// Slices run as tasks of their own, never inside a frame: the browser hands a frame's WebGL
// commands to its GPU process only when the frame's task ends, so a slice inside the frame would
// run while the GPU process waits. Between tasks, the GPU process draws while the import runs.
void runImports(Runtime& rt) {
    reportFinishedImports(*rt.state);  // cancelled in this frame's dialog
    if (importWaitsForSlices(rt.state->imports)) scheduleImportSlice(rt);
}

void createWindowAndContext(Runtime& rt) {
    // Keys only while the canvas has focus: SDL would otherwise take (and prevent) every key on the
    // page, Tab included, and the accessible view and its button could not be used by keyboard.
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) throw std::runtime_error(SDL_GetError());
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);  // WebGL2
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    double width = 0, height = 0;
    js::canvasCssSize(width, height, rt.pixelRatio);
    // No title: SDL would replace the page's own <title> with it, and a new title makes the
    // browser repaint its tab while the context below is being made (on a software renderer that
    // repaint holds the GPU process up for tens of milliseconds).
    rt.window = SDL_CreateWindow(nullptr, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                 std::max(1, static_cast<int>(width)), std::max(1, static_cast<int>(height)),
                                 SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!rt.window) throw std::runtime_error(std::string("cannot create the window: ") + SDL_GetError());
    rt.gl = SDL_GL_CreateContext(rt.window);
    if (!rt.gl) throw std::runtime_error("WebGL 2 is not available in this browser");
    SDL_GL_MakeCurrent(rt.window, rt.gl);
}

// The canvas fills the browser window (CSS); keep the SDL window, and so the drawing buffer,
// the same size.
void followCanvasSize(Runtime& rt) {
    double width = 0, height = 0, ratio = 1;
    js::canvasCssSize(width, height, ratio);
    int w = 0, h = 0;
    SDL_GetWindowSize(rt.window, &w, &h);
    if (static_cast<int>(width) != w || static_cast<int>(height) != h) {
        SDL_SetWindowSize(rt.window, std::max(1, static_cast<int>(width)), std::max(1, static_cast<int>(height)));
    }
    rt.pixelRatio = ratio;
}

// The look follows the browser's zoom and screen (pixel ratio) and the user's contrast and text
// size; a change rebuilds the font at the new size.
void followTheme(Runtime& rt) {
    ui::ThemeSettings wanted;
    wanted.pixelRatio = static_cast<float>(rt.pixelRatio);
    wanted.highContrast = rt.state->highContrast;
    wanted.scalePercent = rt.state->scalePercent;
    if (wanted == rt.theme) return;
    if (wanted.highContrast != rt.theme.highContrast) js::storePreference("contrast", wanted.highContrast ? "high" : "normal");
    if (wanted.scalePercent != rt.theme.scalePercent) js::storePreference("scale", std::to_string(wanted.scalePercent));
    rt.theme = wanted;
    ui::applyTheme(wanted);
    rt.imguiRenderer->uploadFonts();
}

void onLanguageChanged(Language language) { changeLanguage(language); }

void frame() {
    Runtime& rt = g_runtime;
    const auto frameStart = io::ImportClock::now();
    try {
        // The default database was opened without its indexes (core/transport_indexes.h) and the
        // point layers unread (AppState::open): both are done now, after the first frame, so the
        // start does not wait for them. Before this frame imports run (their transaction must not
        // be open yet); an export builds the indexes itself.
        if (rt.frame == 1) {
            restoreDeferredIndexes(rt.state->db);
            rt.state->completeOpening();
        }
        std::vector<SDL_Event> events = std::move(rt.keysForNextFrame);  // releases held back: first
        rt.keysForNextFrame.clear();
        for (SDL_Event event; SDL_PollEvent(&event);) events.push_back(event);
        std::vector<SDL_Scancode> pressedNow;
        for (const SDL_Event& event : events) {
            const bool releasedNow = event.type == SDL_KEYUP &&
                std::find(pressedNow.begin(), pressedNow.end(), event.key.keysym.scancode) != pressedNow.end();
            if (event.type == SDL_KEYUP && (releasedNow || !rt.keysForNextFrame.empty())) {
                rt.keysForNextFrame.push_back(event);
                continue;
            }
            if (event.type == SDL_KEYDOWN) pressedNow.push_back(event.key.keysym.scancode);
            ImGui_ImplSDL2_ProcessEvent(&event);
            if (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) {
                // The backend takes Ctrl, Shift, Alt and Super from SDL's state as it is now, which
                // already counts releases still waiting in the queue (a quick Ctrl+Tab's Ctrl is
                // up before its Tab is handed over): the event's own modifiers are the ones it had.
                ImGuiIO& io = ImGui::GetIO();
                const Uint16 mods = event.key.keysym.mod;
                io.KeyCtrl = (mods & KMOD_CTRL) != 0;
                io.KeyShift = (mods & KMOD_SHIFT) != 0;
                io.KeyAlt = (mods & KMOD_ALT) != 0;
                io.KeySuper = (mods & KMOD_GUI) != 0;
            }
            if (event.type == SDL_KEYDOWN && event.key.keysym.scancode == SDL_SCANCODE_F1) rt.state->showShortcuts = true;
            // The canvas keeps Tab for its own navigation; F6 leads out of it to the accessible view.
            if (event.type == SDL_KEYDOWN && event.key.keysym.scancode == SDL_SCANCODE_F6) js::focusAccessibleViewButton();
            if (event.type == SDL_MULTIGESTURE && event.mgesture.numFingers == 2) {
                // dDist: change of the fingers' distance, in units of the window's diagonal.
                rt.state->pinchZoom *= std::max(0.5, 1.0 + 2.0 * event.mgesture.dDist);
                const ImVec2 size = ImGui::GetIO().DisplaySize;
                rt.state->pinchCentre = {event.mgesture.x * size.x, event.mgesture.y * size.y};
            }
            if (event.type == SDL_MOUSEBUTTONDOWN && event.button.button == SDL_BUTTON_LEFT) {
                rt.state->lastPressClicks = event.button.clicks;
                if (event.button.clicks == 2) rt.state->pointerDoubleClicked = true;
            }
        }
        followCanvasSize(rt);
        followTheme(rt);
        ImGui_ImplSDL2_NewFrame();
        ImGui::NewFrame();
        rt.state->drawingMapImage = rt.state->mapImageRequest != 0;
        ui::drawDashboard(*rt.state, *rt.renderer, *rt.overlays, onLanguageChanged);
        rt.state->pointerDoubleClicked = false;
        rt.state->pinchZoom = 1.0;
        ImGui::Render();

        const ImGuiIO& io = ImGui::GetIO();
        const int framebufferWidth = static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x);
        const int framebufferHeight = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
        glViewport(0, 0, framebufferWidth, framebufferHeight);
        glClearColor(0.95f, 0.95f, 0.96f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        rt.imguiRenderer->render(*ImGui::GetDrawData(), framebufferWidth, framebufferHeight);
        if (rt.state->drawingMapImage) captureMapImage(*rt.state);
        SDL_GL_SwapWindow(rt.window);
        handleRequests(rt);
        followViewInAddress(rt);
        // The frame's own cost sizes the import's slices (views/import_pacing.h).
        if (importWaitsForSlices(rt.state->imports)) rt.importPacing.frameDrawn(frameStart, io::ImportClock::now());
        runImports(rt);
        if (++rt.frame == 1) {
            js::markStartPhase("first-frame");
            js::notifyReady();
        }
    } catch (const std::exception& e) {
        emscripten_cancel_main_loop();
        js::notifyStartupFailure(e.what());
    }
}

void start() {
    Runtime& rt = g_runtime;
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is fixed; nothing to save
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

    if (const auto stored = js::storedLanguage()) ui::setLanguage(*stored);
    js::storeLanguage(ui::currentLanguage());  // also sets <html lang>
    rt.state = std::make_unique<AppState>();
    rt.state->highContrast = js::storedPreference("contrast") == "high";
    const std::string scale = js::storedPreference("scale");
    if (!scale.empty()) rt.state->scalePercent = std::clamp(std::atoi(scale.c_str()), ui::kMinScalePercent, ui::kMaxScalePercent);
    openStartDatabase(*rt.state);
    // A link to a view (level, indicator, selection, centre, zoom) opens that view.
    if (const auto link = parseViewLink(js::pageFragment(), rt.state->map.settings)) rt.state->applyViewLink(*link);
    js::markStartPhase("view-built");

    // The WebGL context last: creating it waits for the browser's GPU process, which in the page's
    // first few hundred milliseconds is busy presenting its first frames (on a software renderer
    // each takes tens of milliseconds); after the database work above it is mostly free again, and
    // the context comes in a fraction of the time (tests/bench/start_ab.mjs: 0.86 s against 0.97 s).
    // The shaders and the font atlas go to that process right after; the first frame, at the next
    // animation frame, is the first to wait for them (render/shader_program.h).
    createWindowAndContext(rt);
    js::markStartPhase("webgl-context");
    rt.theme.pixelRatio = static_cast<float>(rt.pixelRatio);
    ui::applyTheme(rt.theme);
    ImGui_ImplSDL2_InitForOpenGL(rt.window, rt.gl);
    rt.imguiRenderer = std::make_unique<render::ImGuiRenderer>();
    rt.renderer = std::make_unique<render::MapRenderer>();
    rt.overlays = std::make_unique<ui::MapOverlays>();
    glFlush();
}

}  // namespace

AppState* runningApp() { return g_runtime.state.get(); }

extern "C" EMSCRIPTEN_KEEPALIVE void wb_run_import_slice() { runImportSlice(); }

void saveChangesSoon() {
    Runtime& rt = g_runtime;
    if (rt.state && rt.state->changeCount != rt.savedChangeCount) {
        rt.savedChangeCount = rt.state->changeCount;
        js::databaseChanged();
    }
}

void changeLanguage(Language language) {
    ui::setLanguage(language);
    js::storeLanguage(language);
}

}  // namespace wb

int main() {
    try {
        wb::start();
    } catch (const std::exception& e) {
        wb::js::notifyStartupFailure(e.what());
        return 1;
    }
    // No ASYNCIFY: main returns and the browser calls frame() on every animation frame.
    emscripten_set_main_loop(wb::frame, 0, false);
    return 0;
}
