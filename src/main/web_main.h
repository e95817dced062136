#pragma once
// Shared by the web entry point and the test-build hooks.
namespace satchel {
class Workspace;
}

satchel::Workspace& webWorkspace();
