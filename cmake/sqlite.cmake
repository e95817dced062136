# SQLite from its amalgamation, with the same features in the native and the wasm build.
add_library(sqlite3 STATIC "${SATCHEL_SQLITE_DIR}/sqlite3.c")
target_include_directories(sqlite3 SYSTEM PUBLIC "${SATCHEL_SQLITE_DIR}")
target_compile_definitions(sqlite3 PUBLIC
  SQLITE_ENABLE_FTS5
  SQLITE_ENABLE_SESSION
  SQLITE_ENABLE_PREUPDATE_HOOK
  SQLITE_ENABLE_MATH_FUNCTIONS
  SQLITE_OMIT_LOAD_EXTENSION
  SQLITE_DQS=0
  SQLITE_DEFAULT_FOREIGN_KEYS=1
  SQLITE_DEFAULT_MEMSTATUS=0
  SQLITE_LIKE_DOESNT_MATCH_BLOBS)
if(EMSCRIPTEN)
  # No threads in the page: static hosts cannot send the headers SharedArrayBuffer needs.
  target_compile_definitions(sqlite3 PUBLIC SQLITE_THREADSAFE=0)
else()
  find_package(Threads REQUIRED)
  target_link_libraries(sqlite3 PUBLIC Threads::Threads ${CMAKE_DL_LIBS} m)
endif()
# The amalgamation is third-party: keep our warning flags off it, and optimise it even in Debug.
target_compile_options(sqlite3 PRIVATE -w -O2)
