# Layers point one way (main -> ui -> core; platform beside ui). Checked when configuring and again
# on every build; see check_layering.cmake for the rules.
set(SOURCE_DIR "${CMAKE_SOURCE_DIR}")
include("${CMAKE_SOURCE_DIR}/cmake/check_layering.cmake")
add_custom_target(check_layering ALL
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -P "${CMAKE_SOURCE_DIR}/cmake/check_layering.cmake"
  COMMENT "Checking that core/ stays UI-free and ui/ stays SQL-free")
