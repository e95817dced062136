#pragma once
// The Contacts screen: the list of people and the "New contact" form.
// View state only; contacts themselves are read and written through ContactService.
#include "core/contacts/contact.h"
#include "ui/i18n/translator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace satchel::contacts {
class ContactService;
}

namespace satchel::ui {

class ContactsScreen {
public:
    // `changeCount`: the workspace's change counter; the list reloads when it moved.
    void draw(contacts::ContactService& service, std::int64_t changeCount, const Translator& tr);
    // Selects a contact and scrolls the list to it (from global search).
    void reveal(std::int64_t contactId);

private:
    struct Form {
        bool open = false;
        bool focusFirstField = false;
        char name[256] = {};
        char email[256] = {};
        char phone[64] = {};
        std::string errorField;   // which field the last save rejected
        std::string errorReason;  // why, in plain words
    };

    void drawHeader(const Translator& tr);
    void drawForm(const Translator& tr);
    void drawTable(const Translator& tr);
    void drawFieldError(const char* field, const Translator& tr) const;
    // Requests made while drawing are applied here, once per frame, after the widgets.
    void applyRequests(contacts::ContactService& service);

    Form m_form;
    bool m_saveRequested = false;
    std::int64_t m_loadedAtChange = -1;
    std::vector<contacts::Contact> m_rows;
    std::int64_t m_selectedId = 0;
    bool m_scrollToSelected = false;
};

} // namespace satchel::ui
