#pragma once
// Between the web entry point and the build-specific hooks: test_hooks.cpp in the test build
// (app_test), shipped_hooks.cpp in the app that ships.
namespace satchel {
class Workspace;
}

// Called once the workspace is open: the test build registers window.satchel.test's handlers.
void installTestHooks(satchel::Workspace& workspace);
