# Unit tests: the same sources run natively and, in the wasm build, under node.
add_executable(satchel_unit_tests
  tests/unit/main.cpp
  tests/unit/contact_service_test.cpp
  tests/unit/contact_validation_test.cpp
  tests/unit/database_test.cpp
  tests/unit/migrations_test.cpp
  tests/unit/page_store_test.cpp
  tests/unit/page_vfs_test.cpp
  tests/unit/readonly_query_test.cpp
  tests/unit/text_test.cpp
  tests/unit/transaction_test.cpp
)
target_link_libraries(satchel_unit_tests PRIVATE satchel_core)
target_compile_options(satchel_unit_tests PRIVATE -Wall -Wextra)
if(EMSCRIPTEN)
  # EXIT_RUNTIME so node's exit code is the test result; memory grows for large test databases.
  target_link_options(satchel_unit_tests PRIVATE -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node)
  add_test(NAME unit_wasm COMMAND node --no-experimental-fetch $<TARGET_FILE:satchel_unit_tests>)
else()
  add_test(NAME unit_native COMMAND satchel_unit_tests)
endif()
