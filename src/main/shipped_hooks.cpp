// The app that ships (dist/) has no test hooks: the page cannot run writing SQL or inject failures.
#include "main/web_main.h"

void installTestHooks(satchel::Workspace&) {}
