#pragma once
// The real data in ../shared/datasets (beside the repository), written by others. Tests that use
// it skip with a message when it is absent, and always under wasm (node runs the tests with no
// access to the file system).
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace satchel::testing {

inline std::optional<std::filesystem::path> dataset(const std::string& relative) {
#ifdef __EMSCRIPTEN__
    (void)relative;
    return std::nullopt;
#else
    // tests/unit/datasets.h -> the repository root -> ../shared/datasets
    const auto root = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path();
    const auto path = root.parent_path() / "shared" / "datasets" / relative;
    if (!std::filesystem::exists(path)) return std::nullopt;
    return path;
#endif
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace satchel::testing
