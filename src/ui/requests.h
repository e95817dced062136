#pragma once
// What a screen asks for while it draws. Screens never write while iterating over rows or
// dragging: they push a request to their ScreenContext and the App applies every request at one
// point of the frame, after the screen has drawn (app_requests.cpp has one case per kind).
#include "core/companies/company.h"
#include "core/contacts/contact_query.h"
#include "core/search/search_index.h"
#include "ui/i18n/translator.h"
#include "ui/theme.h"

#include <cstdint>
#include <string>
#include <variant>

namespace satchel::ui {

namespace requests {

// ---- Writes, applied through the workspace's services ----
struct CompleteTask { // any planned activity
    std::int64_t id;
};
struct ReopenTask {
    std::int64_t id;
};
struct MoveDeal {
    std::int64_t id;
    std::int64_t stageId;
};
struct MarkDealWon {
    std::int64_t id;
};
struct ReopenDeal {
    std::int64_t id;
};
struct MoveTicket { // along its workflow
    std::int64_t id;
    std::string status;
};
struct RateTicket {
    std::int64_t id;
    int stars;
};
struct SetMemberStatus { // of a contact in a campaign
    std::int64_t campaignId;
    std::int64_t contactId;
    std::string status;
};
struct UpdateStage {
    std::int64_t id;
    std::string name;
    int probability;
};
struct MoveStage {
    std::int64_t id;
    int position;
};
struct RemoveStage {
    std::int64_t id;
};
struct SetCustomFieldValue {
    std::int64_t fieldId;
    std::int64_t recordId;
    std::string value;
};
struct UpdateCompany {
    std::int64_t id;
    companies::CompanyDraft draft;
};

// ---- The App's own: navigation, preferences, files ----
struct ShowScreen {
    std::string id; // as in the screen registry
};
struct OpenRecord { // a global search hit: the screen that shows its kind opens it
    search::Kind kind;
    std::int64_t id;
};
struct ShowAddress { // as if the person went to it: "#/activities/12"
    std::string address;
};
struct SetLanguage {
    Language language;
};
struct SetTheme {
    Theme theme;
};
struct DownloadBackup {};
struct PickImportFile {}; // the browser's file picker; the file opens the import wizard
// The contacts `query` lists (the list on screen with its filters), as a downloaded file.
enum class ContactFileFormat { Csv, VCard3, VCard4 };
struct ExportContacts {
    ContactFileFormat format;
    contacts::ContactQuery query;
};

} // namespace requests

using Request =
    std::variant<requests::CompleteTask, requests::ReopenTask, requests::MoveDeal, requests::MarkDealWon,
                 requests::ReopenDeal, requests::MoveTicket, requests::RateTicket, requests::SetMemberStatus,
                 requests::UpdateStage, requests::MoveStage, requests::RemoveStage, requests::SetCustomFieldValue,
                 requests::UpdateCompany, requests::ShowScreen, requests::OpenRecord, requests::ShowAddress,
                 requests::SetLanguage, requests::SetTheme, requests::DownloadBackup, requests::PickImportFile,
                 requests::ExportContacts>;

} // namespace satchel::ui
