# Benchmarks (shell/bench). Built in every preset; run natively and, from the wasm preset, under node.
add_executable(satchel_core_bench tests/bench/core_bench.cpp)
satchel_warnings(satchel_core_bench)
target_link_libraries(satchel_core_bench PRIVATE satchel_core)
if(EMSCRIPTEN)
  target_link_options(satchel_core_bench PRIVATE -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1
    -sMAXIMUM_MEMORY=${SATCHEL_MAXIMUM_MEMORY} -sENVIRONMENT=node)
endif()

add_executable(satchel_import_bench tests/bench/import_bench.cpp)
satchel_warnings(satchel_import_bench)
target_link_libraries(satchel_import_bench PRIVATE satchel_core)
if(EMSCRIPTEN)
  target_link_options(satchel_import_bench PRIVATE -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1
    -sMAXIMUM_MEMORY=${SATCHEL_MAXIMUM_MEMORY} -sENVIRONMENT=node)
endif()
