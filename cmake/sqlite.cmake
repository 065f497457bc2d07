# The SQLite amalgamation (3.53.2) as a static library, with the features the dashboard uses
# (FTS5 for good practices, R*Tree for spatial look-ups, math functions) and without what a
# single-threaded, sandboxed build never needs.
add_library(sqlite3_amalgamation STATIC "${DEP_SRC}/sqlite/sqlite3.c")
target_include_directories(sqlite3_amalgamation SYSTEM PUBLIC "${DEP_SRC}/sqlite")
target_compile_definitions(sqlite3_amalgamation PRIVATE
  SQLITE_THREADSAFE=0
  SQLITE_DEFAULT_MEMSTATUS=0
  SQLITE_DQS=0
  SQLITE_ENABLE_FTS5
  SQLITE_ENABLE_RTREE
  SQLITE_ENABLE_MATH_FUNCTIONS
  SQLITE_OMIT_LOAD_EXTENSION
  SQLITE_OMIT_DEPRECATED
  SQLITE_OMIT_SHARED_CACHE
  SQLITE_OMIT_PROGRESS_CALLBACK     # none of these APIs is called: less code in the page
  SQLITE_OMIT_UTF16
  SQLITE_OMIT_TRACE
  SQLITE_OMIT_GET_TABLE
  SQLITE_OMIT_COMPLETE
  SQLITE_OMIT_DECLTYPE
  SQLITE_OMIT_TCL_VARIABLE
  SQLITE_UNTESTABLE
  SQLITE_LIKE_DOESNT_MATCH_BLOBS
  SQLITE_MAX_EXPR_DEPTH=0
  SQLITE_USE_ALLOCA
  SQLITE_DEFAULT_FOREIGN_KEYS=1)
if(EMSCRIPTEN)
  # -Oz halves the wasm size of SQLite at no measurable speed cost (see TOOLCHAIN.md).
  target_compile_options(sqlite3_amalgamation PRIVATE -Oz)
else()
  target_compile_options(sqlite3_amalgamation PRIVATE -O2)
  target_link_libraries(sqlite3_amalgamation PUBLIC m)
endif()
