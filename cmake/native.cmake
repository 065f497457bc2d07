# Native build: data tools, unit tests.
enable_testing()
find_package(GTest REQUIRED)

add_executable(embed_file tools/embed/embed_file.cpp)
add_executable(page_text tools/embed/page_text.cpp tools/embed/page_text_encoding.cpp)  # binary -> text for the page's data blocks

# The default database builder: a library (the unit tests run it in process) and its tool.
file(GLOB DEFAULT_DB_SOURCES CONFIGURE_DEPENDS tools/default_db/*.cpp)
list(REMOVE_ITEM DEFAULT_DB_SOURCES "${CMAKE_SOURCE_DIR}/tools/default_db/main.cpp")
add_library(default_db_builder STATIC ${DEFAULT_DB_SOURCES})
target_link_libraries(default_db_builder PUBLIC weerbaar_core)
target_include_directories(default_db_builder PUBLIC tools/default_db)
target_compile_options(default_db_builder PRIVATE -Wall -Wextra -Wpedantic)
add_executable(build_default_db tools/default_db/main.cpp)
target_link_libraries(build_default_db PRIVATE default_db_builder)

add_executable(bench_ingest tools/bench_ingest/main.cpp)
target_link_libraries(bench_ingest PRIVATE weerbaar_core)
add_executable(bench_exchange tools/bench_exchange/main.cpp)  # merging 342 exchange files (issue 17)
target_link_libraries(bench_exchange PRIVATE weerbaar_core)
add_executable(bench_coverage tools/bench_coverage/main.cpp)  # coverage recompute times (issue 6)
target_link_libraries(bench_coverage PRIVATE weerbaar_core)
target_compile_options(bench_coverage PRIVATE -Wall -Wextra -Wpedantic)

# Converts boundary files (GeoJSON, TopoJSON, GeoPackage) with the dashboard's own readers/writers.
add_executable(convert_geo tools/convert/main.cpp)
target_link_libraries(convert_geo PRIVATE weerbaar_core)
target_compile_options(convert_geo PRIVATE -Wall -Wextra -Wpedantic)

# The default database the web build compiles in; rebuilt when the facts or the tool change.
# default.page.sqlite is the same database without its indexes, as the page carries it.
set(DEFAULT_DB "${CMAKE_BINARY_DIR}/default.sqlite")
set(DEFAULT_DB_PAGE "${CMAKE_BINARY_DIR}/default.page.sqlite")
file(GLOB DEFAULT_DB_ASSETS CONFIGURE_DEPENDS assets/*.csv assets/cbs/*.topojson)
add_custom_command(OUTPUT "${DEFAULT_DB}" "${DEFAULT_DB_PAGE}"
  COMMAND build_default_db "${CMAKE_SOURCE_DIR}/assets" "${DEFAULT_DB}" "${DEFAULT_DB_PAGE}"
  DEPENDS build_default_db ${DEFAULT_DB_ASSETS}
  COMMENT "Building the default database")
add_custom_target(default_db ALL DEPENDS "${DEFAULT_DB}" "${DEFAULT_DB_PAGE}")

file(GLOB UNIT_TEST_SOURCES CONFIGURE_DEPENDS tests/unit/*.cpp)
# The page's text form is written by a tool and read by the page: both sides are tested here.
add_executable(unit_tests ${UNIT_TEST_SOURCES} tools/embed/page_text_encoding.cpp web/page_text_decoder.c)
target_link_libraries(unit_tests PRIVATE weerbaar_views default_db_builder GTest::gtest GTest::gtest_main)
target_include_directories(unit_tests PRIVATE tools/embed web)
target_compile_definitions(unit_tests PRIVATE
  WEERBAAR_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  WEERBAAR_CBS_DATA="${CMAKE_SOURCE_DIR}/assets/cbs"
  WEERBAAR_DEFAULT_DB="${DEFAULT_DB}")
add_dependencies(unit_tests default_db)
include(GoogleTest)
gtest_discover_tests(unit_tests)

if(WEERBAAR_FUZZ)  # libFuzzer targets; configure with CC=clang CXX=clang++ -DWEERBAAR_FUZZ=ON (scripts/fuzz)
  include(cmake/fuzz.cmake)
endif()
