# Web build (emcmake): the dashboard as one self-contained page, dist/index.html.
#   1. compile Dear ImGui, the app and the core for wasm, link with SDL2 (built by scripts/setup)
#   2. embed the font (a Latin subset of Inter) and the shaders
#   3. inline the JS (with the wasm inside, -sSINGLE_FILE) into index.html
if(NOT WEERBAAR_EMBED_TOOL OR NOT WEERBAAR_DEFAULT_DB)
  message(FATAL_ERROR "the web build needs -DWEERBAAR_EMBED_TOOL=... and -DWEERBAAR_DEFAULT_DB=... from the native build (use scripts/build)")
endif()
set(SDL2_WASM "${WEERBAAR_DEPS}/sdl2-wasm-lean")  # built by scripts/setup

set(IMGUI_DIR "${DEP_SRC}/imgui")
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_sdl.cpp)  # drawing: src/render/imgui_renderer (no GL state read back)
target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends" "${SDL2_WASM}/include/SDL2")
# No demo window, no legacy names: a smaller binary and no accidental use of obsolete APIs.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# The font: Inter Regular (SIL OFL, Debian's fonts-inter) cut down to the glyphs we use.
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(FONT_SUBSET "${CMAKE_BINARY_DIR}/inter-regular-subset.otf")
add_custom_command(OUTPUT "${FONT_SUBSET}"
  COMMAND "${PYFTSUBSET}" /usr/share/fonts/opentype/inter/Inter-Regular.otf
          --unicodes=U+0020-017F,U+2013-2014,U+2018-201E,U+2022,U+2026,U+20AC,U+2212,U+2264-2265
          --layout-features= --no-hinting --desubroutinize --output-file=${FONT_SUBSET}
  DEPENDS /usr/share/fonts/opentype/inter/Inter-Regular.otf
  COMMENT "Subsetting the Inter font")

file(GLOB APP_SOURCES CONFIGURE_DEPENDS src/app/*.cpp src/render/*.cpp src/ui/*.cpp)
add_executable(weerbaar ${APP_SOURCES})
# Optimised for size (-Os), as what runs once per frame or once per click gains nothing visible from
# -O3's inlining and costs page size: the panels and Dear ImGui (a few hundred widgets a frame,
# -0.17 MB of wasm), the writers of pages, files and messages people read (accessible view, report,
# threat sheet, practice packs, CSV/GeoJSON/GeoPackage writers, the exchange files: once per delivery),
# the view models (once per change; the map model, point layers and import queue keep -O3)
# and the core's domain code
# (checklists, costs, scenarios, organisations, schema: the time is SQLite's; -0.08 MB), and the
# app's frame loop and its bridge to the page (once per frame; -O3 inlined the frame into one
# 57 KB function). The
# readers, geometry, the renderer, the database wrapper and the import's value writer (per row),
# classification and coverage keep -O3.
file(GLOB SIZE_OPTIMISED_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp src/views/*.cpp src/core/*.cpp src/io/practice_pack.cpp
     src/io/import_message_dutch.cpp src/io/*_writer.cpp src/io/action_list_*.cpp src/io/exchange_*.cpp
     src/app/web_api*.cpp src/app/main.cpp src/app/js_bridge.cpp src/app/default_database.cpp src/app/gl_proc_address.cpp)
list(FILTER SIZE_OPTIMISED_SOURCES EXCLUDE REGEX "/core/(database|classification|coverage_analysis|read_only_query)\\.cpp$")
list(FILTER SIZE_OPTIMISED_SOURCES EXCLUDE REGEX "/views/(map_model|point_layers|import_queue)\\.cpp$")
# Not a writer of files: it stores each value of an import (per row, like the database wrapper).
list(FILTER SIZE_OPTIMISED_SOURCES EXCLUDE REGEX "/io/indicator_value_writer\\.cpp$")
set_source_files_properties(${SIZE_OPTIMISED_SOURCES} PROPERTIES COMPILE_OPTIONS -Os)
target_compile_options(imgui PRIVATE -Os)
set_target_properties(weerbaar PROPERTIES SUFFIX ".js")
target_include_directories(weerbaar PRIVATE src)
target_compile_options(weerbaar PRIVATE -Wall -Wextra)
target_link_libraries(weerbaar PRIVATE weerbaar_views imgui "${SDL2_WASM}/lib/libSDL2.a")
embed_binary(weerbaar font_inter_regular "${FONT_SUBSET}")
embed_binary(weerbaar shader_area_fill_vert "${CMAKE_SOURCE_DIR}/shaders/area_fill.vert")
embed_binary(weerbaar shader_area_fill_frag "${CMAKE_SOURCE_DIR}/shaders/area_fill.frag")
foreach(shader point_symbol.vert point_symbol.frag point_coverage.vert point_coverage.frag
               heat_splat.vert heat_splat.frag heat_fullscreen.vert heat_downsample.frag heat_blur.frag heat_max.frag
               heat_ramp.frag imgui.vert imgui.frag)
  string(REPLACE "." "_" symbol "shader_${shader}")
  embed_binary(weerbaar ${symbol} "${CMAKE_SOURCE_DIR}/shaders/${shader}")
endforeach()

set(WEB_LINK_FLAGS
  # No -sSINGLE_FILE: the wasm goes into the page gzip-ed (below) and web/files.js instantiates it
  # (Module.instantiateWasm), so the page works from file:// without a fetch and is 1.9 MB smaller.
  -sENVIRONMENT=web
  -sALLOW_MEMORY_GROWTH=1
  -sINITIAL_MEMORY=33554432
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  # No automatic enabling of every WebGL extension at context creation (a synchronous call each,
  # 80 ms of the start on SwiftShader): the heat map enables the one it needs itself.
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sEXPORTED_RUNTIME_METHODS=ccall,UTF8ToString
  -sEXPORTED_FUNCTIONS=_main,_malloc,_free
  -sEXIT_RUNTIME=0)
# The reader of the page's data blocks (web/page_text_decoder.c) is a wasm module of its own, a few
# hundred bytes, compiled by the clang that Emscripten uses (no C library: it needs none) and put
# into the page's script as base64 (WEERBAAR_PAGE_TEXT_DECODER, web/files.js).
find_program(WASM_CLANG NAMES clang-14 clang REQUIRED)
set(PAGE_TEXT_DECODER_WASM "${CMAKE_BINARY_DIR}/page_text_decoder.wasm")
set(PAGE_TEXT_DECODER_JS "${CMAKE_BINARY_DIR}/page_text_decoder.js")
add_custom_command(OUTPUT "${PAGE_TEXT_DECODER_JS}"
  COMMAND "${WASM_CLANG}" --target=wasm32 -O3 -nostdlib -Wl,--no-entry -Wl,--import-memory -Wl,--strip-all
          -o "${PAGE_TEXT_DECODER_WASM}" "${CMAKE_SOURCE_DIR}/web/page_text_decoder.c"
  COMMAND ${CMAKE_COMMAND} -DWASM=${PAGE_TEXT_DECODER_WASM} -DNAME=WEERBAAR_PAGE_TEXT_DECODER -DOUT=${PAGE_TEXT_DECODER_JS}
          -P ${CMAKE_SOURCE_DIR}/cmake/wasm_as_js.cmake
  DEPENDS "${CMAKE_SOURCE_DIR}/web/page_text_decoder.c" "${CMAKE_SOURCE_DIR}/web/page_text_decoder.h"
          "${CMAKE_SOURCE_DIR}/cmake/wasm_as_js.cmake"
  COMMENT "Compiling the page text decoder")
add_custom_target(page_text_decoder DEPENDS "${PAGE_TEXT_DECODER_JS}")
add_dependencies(weerbaar page_text_decoder)

# The JS that must be JS (web/), in this order ahead of the module's own, after the decoder. "SHELL:"
# keeps CMake from merging the repeated --pre-js flags into one.
list(APPEND WEB_LINK_FLAGS "SHELL:--pre-js ${PAGE_TEXT_DECODER_JS}")
set_property(TARGET weerbaar APPEND PROPERTY LINK_DEPENDS "${PAGE_TEXT_DECODER_JS}")
foreach(js storage files signing accessible exchange dashboard)
  list(APPEND WEB_LINK_FLAGS "SHELL:--pre-js ${CMAKE_SOURCE_DIR}/web/${js}.js")
  set_property(TARGET weerbaar APPEND PROPERTY LINK_DEPENDS "${CMAKE_SOURCE_DIR}/web/${js}.js")
endforeach()
target_link_options(weerbaar PRIVATE ${WEB_LINK_FLAGS})

# Exceptions: native wasm exception handling (no JS trampolines), in every library we compile.
# Bulk memory: memcpy, memmove and memset become the wasm instructions memory.copy and
# memory.fill instead of calls into libc's byte loops (and, from 512 bytes, into JS).
add_compile_options(-fwasm-exceptions -mbulk-memory)
foreach(t weerbaar weerbaar_views weerbaar_core imgui sqlite3_amalgamation)
  target_compile_options(${t} PRIVATE -fwasm-exceptions -mbulk-memory)
endforeach()
target_link_options(weerbaar PRIVATE -fwasm-exceptions -mbulk-memory)

# The wasm and the default database go into the page gzip-ed, as text (tools/embed/page_text_encoding.h:
# seven bits a character, ASCII); the browser's DecompressionStream unpacks them at start. zopfli writes
# the smallest gzip stream any DecompressionStream reads (5-8% below gzip -9), with no name or
# time stamp, so the same input gives the same page. Wasm 2.7 MB -> 1.05 MB, database (without its
# indexes) 3.6 MB -> 0.78 MB.
find_program(ZOPFLI zopfli REQUIRED)
get_filename_component(NATIVE_TOOLS "${WEERBAAR_EMBED_TOOL}" DIRECTORY)
set(PAGE_TEXT_TOOL "${NATIVE_TOOLS}/page_text")
# page_data(INPUT OUTPUT_GZ [DEPENDS...]): OUTPUT_GZ and OUTPUT_GZ.txt
function(page_data input output)
  add_custom_command(OUTPUT "${output}" "${output}.txt"
    COMMAND "${ZOPFLI}" --i5 -c "${input}" > "${output}"
    COMMAND "${PAGE_TEXT_TOOL}" "${output}" "${output}.txt"
    DEPENDS ${ARGN} "${PAGE_TEXT_TOOL}"
    COMMENT "Compressing ${input} for the page")
endfunction()
set(DEFAULT_DB_GZ "${CMAKE_BINARY_DIR}/default.sqlite.gz")
page_data("${WEERBAAR_DEFAULT_DB}" "${DEFAULT_DB_GZ}" "${WEERBAAR_DEFAULT_DB}")
set(WASM_GZ "${CMAKE_BINARY_DIR}/weerbaar.wasm.gz")
page_data("$<TARGET_FILE_DIR:weerbaar>/weerbaar.wasm" "${WASM_GZ}" weerbaar)

# dist/index.html = index.html with the module's JS, its wasm and the default database inlined.
# Another page path lets a second build tree build without overwriting dist/index.html.
set(WEERBAAR_DIST_PAGE "${CMAKE_SOURCE_DIR}/dist/index.html" CACHE FILEPATH "where the web build writes the page")
set(DIST_PAGE "${WEERBAAR_DIST_PAGE}")
add_custom_command(OUTPUT "${DIST_PAGE}"
  COMMAND ${CMAKE_COMMAND} -DSHELL=${CMAKE_SOURCE_DIR}/index.html -DSCRIPT=$<TARGET_FILE:weerbaar>
          -DDEFAULT_DB=${DEFAULT_DB_GZ} -DWASM=${WASM_GZ} -DOUT=${DIST_PAGE} -P ${CMAKE_SOURCE_DIR}/cmake/assemble_page.cmake
  DEPENDS weerbaar "${DEFAULT_DB_GZ}.txt" "${WASM_GZ}.txt" "${CMAKE_SOURCE_DIR}/index.html" "${CMAKE_SOURCE_DIR}/cmake/assemble_page.cmake"
  COMMENT "Assembling dist/index.html")
add_custom_target(page ALL DEPENDS "${DIST_PAGE}")

# Keep function names in the wasm (bigger file) so browser stack traces are readable.
option(WEERBAAR_WASM_NAMES "keep wasm function names for debugging" OFF)
if(WEERBAAR_WASM_NAMES)
  target_link_options(weerbaar PRIVATE --profiling-funcs)
endif()
