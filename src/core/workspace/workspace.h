#pragma once
// One open Satchel database and the services over it. The app, the CLI and the tests each hold
// one; the UI reaches domain data only through the services here.
#include "core/activities/activity_service.h"
#include "core/audit/audit_log.h"
#include "core/common/clock.h"
#include "core/common/name_collation.h"
#include "core/companies/company_service.h"
#include "core/contacts/contact_service.h"
#include "core/custom_fields/custom_field_service.h"
#include "core/dashboard/dashboard_service.h"
#include "core/db/database.h"
#include "core/deals/deal_service.h"
#include "core/deals/pipeline_service.h"
#include "core/duplicates/duplicate_service.h"
#include "core/maintenance/maintenance_service.h"
#include "core/marketing/campaign_service.h"
#include "core/orders/order_service.h"
#include "core/search/search_index.h"
#include "core/settings/settings_service.h"
#include "core/tags/tag_service.h"
#include "core/team/team_service.h"
#include "core/tickets/ticket_service.h"

#include <string>
#include <string_view>

namespace satchel {

class Workspace {
public:
    // Opens `path` (":memory:" for a scratch database) and brings its schema up to date.
    // A file on disk uses WAL; a database on a page-store VFS (`vfs`) keeps its journal in memory.
    // `newDatabasePageSize` (512..65536, a power of two; 0 = SQLite's default 4096) applies only when
    // the database is created; an existing database keeps its page size.
    explicit Workspace(const std::string& path, Clock clock = systemNowMs, const char* vfs = nullptr,
                       int newDatabasePageSize = 0);
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Core and tests only: the layering check refuses `database()` under src/ui and src/main,
    // which reach data through the services and the façade calls below.
    db::Database& database() { return m_db; }
    // "Now" by the workspace clock (tests pin it; screens read it through their context).
    std::int64_t now() const { return m_clock(); }
    // Read-only SQL for window.satchel.query: refused unless SQLite says it cannot write.
    // `paramsJson` is a JSON array bound to ?1, ?2 ...; returns a JSON array of row objects.
    std::string queryReadonlyJson(std::string_view sql, std::string_view paramsJson);
    // Test builds only (src/main/test_hooks.cpp): runs SQL that may write, with no parameters.
    void execScriptForTests(std::string_view sql) { m_db.execScript(sql); }
    // Grows with every row written, and when lists change order (setNameCollation): screens compare
    // it with the value they last loaded at.
    std::int64_t changeCount() const { return m_db.totalChanges() + m_orderChanges; }
    // A rollback took back rows screens may have read meanwhile (a cancelled import): the count
    // moves, so they read again (SQLite's own change count does not go back).
    void noteRollback() { ++m_orderChanges; }

    // How lists of names sort (core/common/name_collation.h): set from the stored language when the
    // workspace opens, and by the UI when the reader switches language (a read-only tab too, which
    // cannot store the choice).
    void setNameCollation(NameCollation collation);
    NameCollation nameCollation() const { return m_names; }

    // Read-only: every write is refused by SQLite itself (PRAGMA query_only), e.g. while another
    // browser tab owns the database.
    void setReadOnly(bool readOnly);
    bool readOnly() const { return m_readOnly; }
    // The whole database as a SQLite file, for "Download backup".
    std::string backup() const { return m_db.serialize(); }

    contacts::ContactService& contacts() { return m_contacts; }
    companies::CompanyService& companies() { return m_companies; }
    tags::TagService& tags() { return m_tags; }
    custom_fields::CustomFieldService& customFields() { return m_customFields; }
    activities::ActivityService& activities() { return m_activities; }
    deals::PipelineService& pipeline() { return m_pipeline; }
    deals::DealService& deals() { return m_deals; }
    orders::OrderService& orders() { return m_orders; }
    tickets::TicketService& tickets() { return m_tickets; }
    marketing::CampaignService& campaigns() { return m_campaigns; }
    duplicates::DuplicateService& duplicates() { return m_duplicates; }
    dashboard::DashboardService& dashboard() { return m_dashboard; }
    search::SearchIndex& search() { return m_search; }
    settings::SettingsService& settings() { return m_settings; }
    team::TeamService& team() { return m_team; }
    audit::AuditLog& audit() { return m_audit; }
    maintenance::MaintenanceService& maintenance() { return m_maintenance; }

private:
    // Declaration order is construction order: the database first, migrated before any service runs.
    db::Database m_db;
    bool m_readOnly = false;
    Clock m_clock;
    NameCollation m_names = NameCollation::CaseInsensitive; // read by the services that list names
    std::int64_t m_orderChanges = 0;
    int m_migrated;
    // One audit log and one search index, shared by every service that writes records.
    audit::AuditLog m_audit;
    search::SearchIndex m_search;
    contacts::ContactService m_contacts;
    companies::CompanyService m_companies;
    tags::TagService m_tags;
    custom_fields::CustomFieldService m_customFields;
    activities::ActivityService m_activities;
    deals::PipelineService m_pipeline;
    deals::DealService m_deals;
    orders::OrderService m_orders;
    tickets::TicketService m_tickets;
    marketing::CampaignService m_campaigns;
    duplicates::DuplicateService m_duplicates;
    dashboard::DashboardService m_dashboard;
    settings::SettingsService m_settings;
    team::TeamService m_team;
    maintenance::MaintenanceService m_maintenance;
};

} // namespace satchel
