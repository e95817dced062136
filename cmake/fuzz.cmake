# libFuzzer targets (shell/fuzz), built by clang-14 in the `fuzz` preset with ASan and UBSan.
foreach(target IN ITEMS csv_fuzz vcard_fuzz import_fuzz)
  add_executable(${target} tests/fuzz/${target}.cpp)
  satchel_warnings(${target})
  target_link_libraries(${target} PRIVATE satchel_core)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
endforeach()
