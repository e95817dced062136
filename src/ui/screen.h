#pragma once
// What every screen is: a class with its own view state and one draw(ScreenContext&). The App
// owns one of each (built from the registry, screen_registry.cpp), draws the current one each frame
// and applies what it requested afterwards.
#include "core/search/search_index.h"
#include "ui/i18n/translator.h"
#include "ui/requests.h"
#include "ui/theme.h"

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace satchel {
class Workspace;
}

namespace satchel::ui {

struct FormError;

// A request and where its failure is shown: the FormError of the screen that asked, next to what
// failed (null: the App shows it in the status bar).
struct PendingRequest {
    Request request;
    FormError* failure = nullptr;
};

// Everything a screen draws from, for one frame.
struct ScreenContext {
    // The services façade: screens read and write only through its services (the layering check
    // refuses database(), prepare( and Statement under src/ui).
    Workspace& services;
    const Translator& tr;
    Theme theme;
    // "Now" by the workspace clock, read once per frame (tests pin it; screens never read the wall clock).
    std::int64_t now;
    // The workspace's write counter when the frame began: a screen reads its data again when it moved.
    std::int64_t changeCount;
    std::vector<PendingRequest>& requests;

    // Asks the App for a change after this screen has drawn. A write that fails leaves its reason
    // in `failure` (ValidationError's field included), which the screen shows where it belongs.
    void request(Request r, FormError& failure) { requests.push_back({std::move(r), &failure}); }
    void request(Request r) { requests.push_back({std::move(r), nullptr}); }
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw(ScreenContext& ctx) = 0;
    // A record picked in global search: returns true when this screen shows records of that kind
    // (it then opens the record and becomes the current screen).
    virtual bool open(ScreenContext& /*ctx*/, search::Kind /*kind*/, std::int64_t /*id*/) { return false; }
    // Stores what was typed and is not stored yet (ui/pending_edit.h): the App calls it before
    // another screen or the search palette opens, and when the page is hidden or about to close.
    // Returns false when something typed was refused (its reason is on screen; the page warns).
    virtual bool commitEdits(Workspace& /*ws*/) { return true; }
    // The record this screen shows, for the page's address ("#/contacts/123", ui/address.h); 0 when
    // it shows none (or has no records of its own).
    virtual std::int64_t shownRecord() const { return 0; }
    // Shows the record an address names (0: none, the screen's list alone). False when this screen
    // has no such record (deleted, merged away, or a link from another database).
    virtual bool showRecord(ScreenContext& /*ctx*/, std::int64_t id) { return id == 0; }
};

// The registry names each screen by its class alone; the screen's .cpp defines its factory with
// `template std::unique_ptr<Screen> makeScreen<ItsClass>();` (ui/screen_factory.h).
template <typename S>
std::unique_ptr<Screen> makeScreen();

} // namespace satchel::ui
