# The native command-line tool: drives the same core as the web app.
add_executable(satchel src/main/cli_main.cpp)
target_link_libraries(satchel PRIVATE satchel_core)
satchel_warnings(satchel)
