// C entry points behind window.Dashboard (web/dashboard.js). Strings go in as UTF-8 C strings
// and come back as JSON text in a buffer that stays valid until the next call.
#include <emscripten.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/heatmap_benchmark.h"
#include "app/render_benchmark.h"
#include "app/runtime.h"
#include "core/json_writer.h"
#include "core/read_only_query.h"
#include "core/transport_indexes.h"
#include "geo/mesh_picking.h"
#include "io/csv_writer.h"
#include "io/html_writer.h"
#include "io/ingest_benchmark.h"
#include "ui/test_anchors.h"
#include "views/accessible_view.h"
#include "views/import_queue.h"
#include "views/map_export.h"
#include "views/strings.h"
#include "views/view_link.h"

namespace {

std::vector<wb::QueryParam> g_params;  // bound one by one before wb_query
std::string g_result;
std::vector<uint8_t> g_export;  // the last exported database image

const char* result(std::string text) {
    g_result = std::move(text);
    return g_result.c_str();
}

std::string errorJson(const std::string& message) {
    std::string out = "{\"error\":";
    wb::appendJsonString(out, message);
    return out + "}";
}

std::string pointJson(glm::dvec2 p) {
    std::string out = "{\"x\":";
    wb::appendJsonNumber(out, p.x);
    out += ",\"y\":";
    wb::appendJsonNumber(out, p.y);
    return out + "}";
}

std::string rectJson(const wb::ScreenRect& r) {
    std::string out = pointJson(r.min);
    out.pop_back();
    out += ",\"width\":";
    wb::appendJsonNumber(out, r.size.x);
    out += ",\"height\":";
    wb::appendJsonNumber(out, r.size.y);
    return out + "}";
}

// The name of a point layer in the debug hooks' JSON.
const char* layerKey(wb::PointLayerId id) {
    switch (id) {
        case wb::PointLayerId::VulnerableObjects: return "vulnerable";
        case wb::PointLayerId::ResiliencePoints: return "resilience";
        case wb::PointLayerId::FireStations: return "fire";
    }
    return "";
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void wb_query_param_clear() { g_params.clear(); }
EMSCRIPTEN_KEEPALIVE void wb_query_param_null() { g_params.emplace_back(nullptr); }
EMSCRIPTEN_KEEPALIVE void wb_query_param_int(double v) { g_params.emplace_back(static_cast<int64_t>(v)); }
EMSCRIPTEN_KEEPALIVE void wb_query_param_double(double v) { g_params.emplace_back(v); }
EMSCRIPTEN_KEEPALIVE void wb_query_param_text(const char* v) { g_params.emplace_back(std::string(v)); }

// Runs a read-only statement with the parameters bound so far: {"columns","rows"} or {"error"}.
EMSCRIPTEN_KEEPALIVE const char* wb_query(const char* sql) {
    wb::AppState* app = wb::runningApp();
    if (!app) return result(errorJson("the dashboard has not started"));
    try {
        std::string json = wb::runReadOnlyQueryJson(app->db, sql, g_params);
        g_params.clear();
        return result(std::move(json));
    } catch (const std::exception& e) {
        g_params.clear();
        return result(errorJson(e.what()));
    }
}

// Dashboard.benchIngest: the CSV bytes were copied into the heap by the caller (who frees them).
EMSCRIPTEN_KEEPALIVE const char* wb_bench_ingest(const char* bytes, int length, const char* indicator) {
    try {
        const auto r = wb::io::runIngestBenchmark(std::string_view(bytes, static_cast<size_t>(length)), indicator);
        std::string out = "{\"rows\":" + std::to_string(r.rows) + ",\"groups\":" + std::to_string(r.groups);
        const std::pair<const char*, double> numbers[] = {{"parse_ms", r.parseMs}, {"insert_ms", r.insertMs},
                                                          {"query_ms", r.queryMs}, {"total_ms", r.totalMs},
                                                          {"checksum", r.checksum}};
        for (const auto& [name, value] : numbers) {
            out += ",\"" + std::string(name) + "\":";
            wb::appendJsonNumber(out, value);
        }
        return result(out + "}");
    } catch (const std::exception& e) {
        return result(errorJson(e.what()));
    }
}

// Dashboard.benchRender: the GeoJSON bytes were copied into the heap by the caller (who frees them).
EMSCRIPTEN_KEEPALIVE const char* wb_bench_render(const char* bytes, int length, int frames, const char* valueProperty) {
    try {
        const auto r = wb::runRenderBenchmark(std::string_view(bytes, static_cast<size_t>(length)), frames, valueProperty);
        std::string out = "{\"features\":" + std::to_string(r.features) + ",\"first_frame_ms\":";
        wb::appendJsonNumber(out, r.firstFrameMs);
        out += ",\"median_frame_ms\":";
        wb::appendJsonNumber(out, r.medianFrameMs);
        out += ",\"parse_ms\":";
        wb::appendJsonNumber(out, r.parseMs);
        out += ",\"mesh_ms\":";
        wb::appendJsonNumber(out, r.meshMs);
        out += ",\"upload_ms\":";
        wb::appendJsonNumber(out, r.uploadMs);
        out += ",\"draw_ms\":";
        wb::appendJsonNumber(out, r.drawMs);
        out += ",\"redraws\":" + std::to_string(r.redraws);
        out += ",\"frame_ms\":[";
        for (size_t i = 0; i < r.frameMs.size(); ++i) {
            if (i) out += ',';
            wb::appendJsonNumber(out, r.frameMs[i]);
        }
        return result(out + "]}");
    } catch (const std::exception& e) {
        return result(errorJson(e.what()));
    }
}

// Dashboard.importFile, drag-and-drop and the file picker: the bytes are copied and queued; the
// import runs in slices between frames and the page hears of the outcome through importFinished.
// `interactive` (a file from the user, not from a script) lets an unrecognised CSV open the
// column-mapping dialog instead of failing.
// `lastValueWins`: Dashboard.importFile's {duplicates: 'last'}, a value given twice keeps the last.
EMSCRIPTEN_KEEPALIVE void wb_import_file(const char* name, const char* bytes, int length, int defaultPeriod,
                                         int lastValueWins, int requestId, int interactive) {
    wb::AppState* app = wb::runningApp();
    if (!app) return;
    wb::PendingImport file;
    file.name = name;
    file.bytes.assign(bytes, static_cast<size_t>(length));
    file.options.defaultPeriod = defaultPeriod;
    file.options.repeats = lastValueWins ? wb::io::RepeatedValues::LastWins : wb::io::RepeatedValues::Refuse;
    file.requestId = requestId;
    file.interactive = interactive != 0;
    wb::queueImport(*app, std::move(file));
}

// True while a file is being imported (or waits for the user): nothing may be exported then,
// because the import's transaction is still open.
EMSCRIPTEN_KEEPALIVE int wb_import_busy() {
    const wb::AppState* app = wb::runningApp();
    return app && app->imports.busy() ? 1 : 0;
}

// Before the API's first answer (web/dashboard.js, whenComplete): what the main loop does right
// after the first frame, the default database's deferred indexes, R*Tree and full-text index
// (core/transport_indexes.h) and the point layers (AppState::open). The indexes never while an
// import holds its transaction open: imports begin after that frame, so by then they are built.
EMSCRIPTEN_KEEPALIVE void wb_complete_start_database() {
    wb::AppState* app = wb::runningApp();
    if (!app) return;
    app->completeOpening();
    if (!app->imports.busy()) wb::restoreDeferredIndexes(app->db);
}

// Dashboard.exportDatabase: the bytes stay valid until the next export.
EMSCRIPTEN_KEEPALIVE const uint8_t* wb_export_database() {
    wb::AppState* app = wb::runningApp();
    if (!app) return nullptr;
    try {
        // A call right after Dashboard.ready may come before the main loop built the default
        // database's indexes (app/main.cpp): a database leaves the page complete.
        wb::restoreDeferredIndexes(app->db);
        g_export = app->db.serialize();
    } catch (const std::exception&) {
        return nullptr;
    }
    return g_export.data();
}
EMSCRIPTEN_KEEPALIVE int wb_export_size() { return static_cast<int>(g_export.size()); }

// Dashboard.exportCsv: a table or view ("" = the map's figures, following the selection).
EMSCRIPTEN_KEEPALIVE const char* wb_export_csv(const char* table) {
    wb::AppState* app = wb::runningApp();
    if (!app) return result(errorJson("the dashboard has not started"));
    try {
        const wb::Language language = wb::ui::currentLanguage();
        std::string csv = *table ? wb::io::tableToCsv(app->db, table, wb::io::CsvStyle::forLanguage(language))
                                 : wb::mapFiguresCsv(app->map, app->areas, app->selectedCode, language);
        std::string out = "{\"csv\":";
        wb::appendJsonString(out, csv);
        return result(out + "}");
    } catch (const std::exception& e) {
        return result(errorJson(e.what()));
    }
}

EMSCRIPTEN_KEEPALIVE void wb_notify_storage_failure(const char* message) {
    if (wb::AppState* app = wb::runningApp()) {
        app->notify(std::string(wb::ui::tr(wb::ui::Text::NoticeStorageFailed)) + " (" + message + ")", true);
    }
}

EMSCRIPTEN_KEEPALIVE const char* wb_notice() {
    wb::AppState* app = wb::runningApp();
    if (!app || !app->notice) return result("null");
    std::string out = "{\"text\":";
    wb::appendJsonString(out, app->notice->text);
    out += std::string(",\"error\":") + (app->notice->isError ? "true" : "false");
    return result(out + "}");
}

// Test hooks: where an area of the map is on screen (a point inside it, null when it is not on the
// map or out of view), what is under the mouse, where the map is.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_area_centre(const char* code) {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("null");
    const auto it = app->map.featureByCode.find(code);
    if (it == app->map.featureByCode.end()) return result("null");
    const auto inside = wb::geo::pointInside(app->map.mesh, it->second);
    if (!inside) return result("null");
    const glm::dvec2 p = app->mapRect.min + app->view.worldToScreen(*inside);
    return result(app->mapRect.contains(p) ? pointJson(p) : "null");
}

EMSCRIPTEN_KEEPALIVE const char* wb_debug_hover() {
    wb::AppState* app = wb::runningApp();
    if (!app || !app->hovered) return result("null");
    const size_t i = *app->hovered;
    std::string out = "{\"code\":";
    wb::appendJsonString(out, app->map.areas[i].code);
    out += ",\"name\":";
    wb::appendJsonString(out, app->map.areas[i].name);
    out += ",\"value\":";
    if (app->map.values[i]) wb::appendJsonNumber(out, *app->map.values[i]); else out += "null";
    return result(out + "}");
}

EMSCRIPTEN_KEEPALIVE const char* wb_debug_map_rect() {
    wb::AppState* app = wb::runningApp();
    return result(app ? rectJson(app->mapRect) : "null");
}

// Dashboard.exportMapPng: the map is drawn for print in the next frame and its pixels handed to
// the page (Module.weerbaar.mapImageCaptured), which encodes the PNG.
EMSCRIPTEN_KEEPALIVE void wb_request_map_image(int requestId) {
    if (wb::AppState* app = wb::runningApp()) app->mapImageRequest = requestId;
}

// The address fragment changed (a pasted link, the back button): show that view.
EMSCRIPTEN_KEEPALIVE void wb_apply_view_link(const char* fragment) {
    wb::AppState* app = wb::runningApp();
    if (!app) return;
    if (const auto link = wb::parseViewLink(fragment, app->map.settings)) app->applyViewLink(*link);
}

// The map's view as shown: {level, shape, indicator, method, classes, selection, centre: [x, y], scale,
// features}.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_view() {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("null");
    std::string out = "{\"link\":";
    wb::appendJsonString(out, wb::formatViewLink(app->viewLink()));
    out += ",\"level\":";
    wb::appendJsonString(out, std::string(wb::toString(app->map.settings.level)));
    out += ",\"shape\":";
    wb::appendJsonString(out, app->map.shape == wb::MapShape::Boundaries ? "boundaries" : "tiles");
    out += ",\"indicator\":";
    wb::appendJsonString(out, app->map.indicator.id);
    out += ",\"classes\":" + std::to_string(app->map.classes.classCount()) + ",\"selection\":";
    wb::appendJsonString(out, app->selectedCode);
    out += ",\"centre\":[";
    wb::appendJsonNumber(out, app->view.centre().x);
    out += ",";
    wb::appendJsonNumber(out, app->view.centre().y);
    out += "],\"scale\":";
    wb::appendJsonNumber(out, app->view.kmPerPixel());
    out += ",\"features\":" + std::to_string(app->map.areas.size());
    return result(out + "}");
}

// The accessible view (web/accessible.js): HTML for the current selection in the interface language.
EMSCRIPTEN_KEEPALIVE const char* wb_accessible_view() {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("");
    try {
        return result(wb::accessibleViewHtml(*app, wb::ui::currentLanguage()));
    } catch (const std::exception& e) {
        return result("<p>" + wb::io::escapeHtml(e.what()) + "</p>");
    }
}

// A selection made outside the canvas (a button of the accessible view); "" clears it.
EMSCRIPTEN_KEEPALIVE void wb_select(const char* code) {
    wb::AppState* app = wb::runningApp();
    if (!app) return;
    app->select(app->areas.find(code) ? code : "");
}

// Where a named widget was drawn in the last frame (ui/test_anchors.h): {x, y, width, height}.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_anchor(const char* name) {
    const auto rect = wb::ui::anchorRect(name);
    return result(rect ? rectJson(*rect) : "null");
}

// The anchored widget with the keyboard focus in the last frame, as a JSON string ("" for none).
EMSCRIPTEN_KEEPALIVE const char* wb_debug_focused_anchor() {
    std::string json;
    wb::appendJsonString(json, wb::ui::focusedAnchor());
    return result(json);
}

// What the import queue is doing: {busy, running, progress, waiting,
// mapping: {file, headers, roles, readAs, lastValueWins, period}|null}.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_imports() {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("null");
    const wb::ImportQueue& q = app->imports;
    std::string out = std::string("{\"busy\":") + (q.busy() ? "true" : "false") + ",\"running\":";
    if (q.current) wb::appendJsonString(out, q.current->name); else out += "null";
    out += ",\"progress\":";
    wb::appendJsonNumber(out, q.progress());
    out += ",\"waiting\":" + std::to_string(q.waiting.size()) + ",\"mapping\":";
    if (!q.mapping) return result(out + "null}");
    out += "{\"file\":";
    wb::appendJsonString(out, q.mapping->file.name);
    out += ",\"headers\":[";
    for (size_t i = 0; i < q.mapping->layout.headers.size(); ++i) {
        if (i) out += ',';
        wb::appendJsonString(out, q.mapping->layout.headers[i]);
    }
    out += "],\"roles\":[";
    for (size_t i = 0; i < q.mapping->layout.roles.size(); ++i) {
        out += (i ? "," : "") + std::to_string(static_cast<int>(q.mapping->layout.roles[i]));
    }
    out += "],\"readAs\":[";
    for (size_t i = 0; i < q.mapping->layout.headers.size(); ++i) {
        if (i) out += ',';
        wb::appendJsonString(out, wb::valuesReadAs(*q.mapping, i));
    }
    out += "],\"lastValueWins\":";
    out += q.mapping->lastValueWins ? "true" : "false";
    out += ",\"period\":" + std::to_string(q.mapping->period);
    return result(out + "}}");
}

EMSCRIPTEN_KEEPALIVE const char* wb_selected_code() {
    wb::AppState* app = wb::runningApp();
    return result(app ? app->selectedCode : "");
}

EMSCRIPTEN_KEEPALIVE int wb_set_language(const char* code) {
    const auto language = wb::languageFromCode(code);
    if (!language) return 0;
    wb::changeLanguage(*language);
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* wb_language() {
    return result(std::string(wb::languageCode(wb::ui::currentLanguage())));
}

// ---- point layers and heat map (views/point_layers.h, ui/map_overlays.cpp) ----

// Dashboard.benchHeatmap: GeoJSON points copied into the heap by the caller (who frees them), or
// none (length 0) and `count` generated points; `bandwidths` (km, `bandwidthCount` of them) may be empty.
EMSCRIPTEN_KEEPALIVE const char* wb_bench_heatmap(const char* bytes, int length, int count, int frames,
                                                  const double* bandwidths, int bandwidthCount) {
    try {
        const double start = emscripten_get_now();
        const wb::HeatPoints points = length > 0 ? wb::heatPointsFromGeoJson(std::string_view(bytes, static_cast<size_t>(length)))
                                                 : wb::benchmarkHeatPoints(static_cast<size_t>(std::max(0, count)));
        const auto r = wb::runHeatmapBenchmark(points, frames, std::vector<double>(bandwidths, bandwidths + std::max(0, bandwidthCount)), start);
        const auto numbers = [](const std::vector<double>& values) {
            std::string out = "[";
            for (size_t i = 0; i < values.size(); ++i) {
                if (i) out += ',';
                wb::appendJsonNumber(out, values[i]);
            }
            return out + "]";
        };
        std::string out = "{\"points\":" + std::to_string(r.points) + ",\"first_frame_ms\":";
        wb::appendJsonNumber(out, r.firstFrameMs);
        out += ",\"median_rerender_ms\":";
        wb::appendJsonNumber(out, r.medianRerenderMs);
        out += ",\"rerender_ms\":" + numbers(r.rerenderMs) + ",\"bandwidths_km\":" + numbers(r.bandwidthsKm);
        out += std::string(",\"half_float\":") + (r.halfFloat ? "true" : "false") + ",\"splats\":" + std::to_string(r.splats) +
               ",\"blurs\":" + std::to_string(r.blurs) + ",\"max_density\":";
        wb::appendJsonNumber(out, r.maximumDensity);
        return result(out + "}");
    } catch (const std::exception& e) {
        return result(errorJson(e.what()));
    }
}

// The layers as the panel set them, the clusters drawn, and the symbol under the mouse with its
// tooltip lines: {visible: {vulnerable, resilience, fire}, clusters: {...}, coverage: {on, radius_km},
// heat: {on, source, index, bandwidth_km, opacity}, hover: null | {layer, count, lines}}.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_layers() {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("null");
    const wb::PointLayers& layers = app->layers;
    std::string visible = "{", clusters = "{";
    for (wb::PointLayerId id : wb::kPointLayers) {
        const std::string key = std::string(visible.size() > 1 ? "," : "") + "\"" + layerKey(id) + "\":";
        visible += key + (layers.visible(id) ? "true" : "false");
        clusters += key + std::to_string(layers.clustering(id).clusters.size());
    }
    std::string out = "{\"visible\":" + visible + "},\"clusters\":" + clusters + "},\"coverage\":{\"on\":";
    out += layers.showCoverage ? "true" : "false";
    out += ",\"radius_km\":";
    wb::appendJsonNumber(out, layers.coverageRadiusKm);
    out += "},\"heat\":{\"on\":" + std::string(layers.heat.on ? "true" : "false") + ",\"source\":" +
           std::to_string(static_cast<int>(layers.heat.source.kind)) + ",\"index\":" + std::to_string(layers.heat.source.index) +
           ",\"bandwidth_km\":";
    wb::appendJsonNumber(out, layers.heat.bandwidthKm);
    out += ",\"opacity\":";
    wb::appendJsonNumber(out, layers.heat.opacity);
    out += "},\"hover\":";
    if (!layers.hovered) return result(out + "null}");
    const auto& cluster = layers.clustering(layers.hovered->layer).clusters.at(layers.hovered->cluster);
    out += "{\"layer\":\"" + std::string(layerKey(layers.hovered->layer)) + "\",\"count\":" + std::to_string(cluster.count) +
           ",\"lines\":[";
    const auto lines = layers.tooltipLines(*layers.hovered, wb::ui::currentLanguage());
    for (size_t i = 0; i < lines.size(); ++i) {
        if (i) out += ',';
        wb::appendJsonString(out, lines[i]);
    }
    return result(out + "]}}");
}

// Where a symbol of a layer is on screen (CSS pixels): the one nearest the map's centre, preferring
// a lone point to a cluster; null when the layer shows nothing in view.
EMSCRIPTEN_KEEPALIVE const char* wb_debug_layer_symbol(const char* layer) {
    wb::AppState* app = wb::runningApp();
    if (!app) return result("null");
    for (wb::PointLayerId id : wb::kPointLayers) {
        if (layerKey(id) != std::string(layer)) continue;
        const glm::dvec2 centre = app->mapRect.min + app->mapRect.size * 0.5;
        std::optional<glm::dvec2> best;
        double bestScore = 0;
        for (const auto& cluster : app->layers.clustering(id).clusters) {
            const glm::dvec2 p = app->mapRect.min + app->view.worldToScreen(cluster.centre);
            if (!app->mapRect.contains(p)) continue;
            const double score = glm::length(p - centre) + (cluster.count > 1 ? 1e6 : 0);
            if (!best || score < bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return result(best ? pointJson(*best) : "null");
    }
    return result("null");
}

}  // extern "C"
