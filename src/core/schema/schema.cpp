#include "core/schema/schema.h"

#include "core/schema/autoincrement_ids.h"
#include "core/search/record_entries.h"

#include <array>

namespace satchel::schema {

namespace {

// Times are UTC milliseconds. Text is UTF-8.
constexpr std::string_view kContacts = R"sql(
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE, id);
CREATE INDEX contacts_by_email ON contacts (email COLLATE NOCASE) WHERE email <> '';
)sql";

// The CRM model. Money is integer minor units plus an ISO currency code; times are UTC ms;
// soft-deleted rows carry deleted_at and are hidden by the services until purged.
constexpr std::string_view kCrm = R"sql(
CREATE TABLE companies (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    domain      TEXT NOT NULL DEFAULT '',
    industry    TEXT NOT NULL DEFAULT '',
    size_band   TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted_at  INTEGER
);
CREATE INDEX companies_by_name ON companies (name COLLATE NOCASE, id);
CREATE INDEX companies_by_domain ON companies (domain) WHERE domain <> '';

ALTER TABLE contacts ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN owner TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'lead'
    CHECK (lifecycle IN ('lead', 'prospect', 'customer', 'churned'));
ALTER TABLE contacts ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN company_id INTEGER REFERENCES companies (id) ON DELETE SET NULL;
ALTER TABLE contacts ADD COLUMN deleted_at INTEGER;
CREATE INDEX contacts_by_company ON contacts (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX contacts_by_owner ON contacts (owner, name COLLATE NOCASE, id);
CREATE INDEX contacts_by_city ON contacts (city COLLATE NOCASE, name COLLATE NOCASE, id);
CREATE INDEX contacts_by_lifecycle ON contacts (lifecycle, name COLLATE NOCASE, id);
CREATE INDEX contacts_by_phone ON contacts (phone) WHERE phone <> '';
-- Counting live contacts reads this small index instead of every row.
CREATE INDEX contacts_live ON contacts (id) WHERE deleted_at IS NULL;

-- More ways to reach a person than the primary email and phone on the contact row.
CREATE TABLE contact_channels (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value       TEXT NOT NULL CHECK (length(value) > 0),
    label       TEXT NOT NULL DEFAULT '',
    UNIQUE (contact_id, kind, value)
);
CREATE INDEX contact_channels_by_value ON contact_channels (kind, value);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);
CREATE TABLE contact_tags (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, contact_id);
CREATE TABLE company_tags (
    company_id  INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE custom_fields (
    id       INTEGER PRIMARY KEY,
    entity   TEXT NOT NULL CHECK (entity IN ('contact', 'company', 'deal')),
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'choice')),
    choices  TEXT NOT NULL DEFAULT '[]',
    UNIQUE (entity, name)
);
CREATE TABLE custom_values (
    field_id   INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (field_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX custom_values_by_value ON custom_values (field_id, value);

CREATE TABLE pipeline_stages (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position     INTEGER NOT NULL,
    probability  INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100)
);
INSERT INTO pipeline_stages (name, position, probability) VALUES
    ('Prospecting', 1, 10), ('Qualification', 2, 25), ('Proposal', 3, 50), ('Negotiation', 4, 75);

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    company_id      INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    contact_id      INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    amount_minor    INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    stage_id        INTEGER NOT NULL REFERENCES pipeline_stages (id),
    probability     INTEGER CHECK (probability BETWEEN 0 AND 100),
    expected_close  INTEGER,
    owner           TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
    lost_reason     TEXT NOT NULL DEFAULT '',
    closed_at       INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted_at      INTEGER
);
CREATE INDEX deals_by_stage ON deals (status, stage_id);
CREATE INDEX deals_by_contact ON deals (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX deals_by_company ON deals (company_id) WHERE company_id IS NOT NULL;
CREATE TABLE deal_stage_history (
    id             INTEGER PRIMARY KEY,
    deal_id        INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    from_stage_id  INTEGER REFERENCES pipeline_stages (id),
    to_stage_id    INTEGER REFERENCES pipeline_stages (id),
    to_status      TEXT NOT NULL CHECK (to_status IN ('open', 'won', 'lost')),
    changed_at     INTEGER NOT NULL
);
CREATE INDEX deal_stage_history_by_deal ON deal_stage_history (deal_id, changed_at);

CREATE TABLE activities (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'note', 'task')),
    subject       TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL DEFAULT '',
    occurred_at   INTEGER,
    duration_min  INTEGER CHECK (duration_min >= 0),
    outcome       TEXT NOT NULL DEFAULT '',
    due_at        INTEGER,
    priority      TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    done_at       INTEGER,
    contact_id    INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    company_id    INTEGER REFERENCES companies (id) ON DELETE CASCADE,
    deal_id       INTEGER REFERENCES deals (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX activities_open_tasks ON activities (due_at) WHERE kind = 'task' AND done_at IS NULL;
CREATE INDEX activities_by_contact ON activities (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_by_company ON activities (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX activities_by_deal ON activities (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE products (
    id                INTEGER PRIMARY KEY,
    sku               TEXT NOT NULL UNIQUE CHECK (length(trim(sku)) > 0),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    currency          TEXT NOT NULL CHECK (length(currency) = 3),
    active            INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    company_id  INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    order_date  INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'placed' CHECK (status IN ('draft', 'placed', 'paid', 'shipped', 'cancelled')),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    created_at  INTEGER NOT NULL
);
CREATE INDEX orders_by_date ON orders (order_date);
CREATE INDEX orders_by_contact ON orders (contact_id) WHERE contact_id IS NOT NULL;
CREATE TABLE order_lines (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id        INTEGER NOT NULL REFERENCES products (id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    discount_bp       INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000)
);
CREATE INDEX order_lines_by_order ON order_lines (order_id);

CREATE TABLE tickets (
    id            INTEGER PRIMARY KEY,
    subject       TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    description   TEXT NOT NULL DEFAULT '',
    contact_id    INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    company_id    INTEGER REFERENCES companies (id) ON DELETE SET NULL,
    channel       TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'phone', 'chat', 'web')),
    priority      TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status        TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'waiting', 'resolved', 'closed')),
    sla_due_at    INTEGER NOT NULL,
    satisfaction  INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
    resolved_at   INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX tickets_by_status ON tickets (status, sla_due_at);
CREATE INDEX tickets_by_contact ON tickets (contact_id) WHERE contact_id IS NOT NULL;
CREATE TABLE ticket_comments (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    body        TEXT NOT NULL CHECK (length(trim(body)) > 0),
    author      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    channel       TEXT NOT NULL DEFAULT '',
    starts_at     INTEGER,
    ends_at       INTEGER,
    budget_minor  INTEGER NOT NULL DEFAULT 0 CHECK (budget_minor >= 0),
    currency      TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    goal          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE campaign_members (
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    status       TEXT NOT NULL DEFAULT 'targeted'
                 CHECK (status IN ('targeted', 'sent', 'opened', 'responded', 'converted')),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX campaign_members_by_contact ON campaign_members (contact_id);
CREATE TABLE segments (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    filter_json  TEXT NOT NULL
);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    action     TEXT NOT NULL,
    changes    TEXT NOT NULL DEFAULT '{}',
    at         INTEGER NOT NULL
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) WITHOUT ROWID;

-- Search: one row per searchable record. Chinese text is stored with a space between ideographs
-- (see core/search/search_text.cpp), so the unicode61 tokenizer makes each character a token and
-- a prefix query finds "张三" from "张".
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, ref_id UNINDEXED, display UNINDEXED, title, body,
    tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3'
);
)sql";

// The contacts table pages through live rows in name or creation order. Scrolling continues from
// the last row shown (keyset), but a jump (scrollbar drag) skips rows by OFFSET: with these
// partial indexes the skipped rows are index entries only, not table rows. Measured at 100,000
// contacts, OFFSET 50,000 by name: 75 ms without, 2 ms with (native).
constexpr std::string_view kLiveOrder = R"sql(
CREATE INDEX contacts_live_by_name ON contacts (name COLLATE NOCASE, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_live_by_created ON contacts (created_at, id) WHERE deleted_at IS NULL;
)sql";

// Revenue on the dashboard is summed month by month (one short query each, spread over frames);
// won deals are found by close date instead of reading every won deal for every month.
constexpr std::string_view kWonByClose = R"sql(
CREATE INDEX deals_won_by_close ON deals (currency, closed_at) WHERE status = 'won' AND deleted_at IS NULL;
)sql";

// Deals got notes and products; a stage can be removed while closed deals keep it in their history
// (removed_at hides it from the pipeline). Any activity can be scheduled (due_at) with a reminder
// (remind_at, cleared when dismissed), not only a task.
constexpr std::string_view kDealAndActivityDepth = R"sql(
ALTER TABLE deals ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE pipeline_stages ADD COLUMN removed_at INTEGER;
CREATE TABLE deal_products (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id           INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    product_id        INTEGER NOT NULL REFERENCES products (id),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0)
);
CREATE INDEX deal_products_by_deal ON deal_products (deal_id);
ALTER TABLE activities ADD COLUMN remind_at INTEGER;
CREATE INDEX activities_open_due ON activities (due_at) WHERE due_at IS NOT NULL AND done_at IS NULL;
CREATE INDEX activities_reminders ON activities (remind_at) WHERE remind_at IS NOT NULL AND done_at IS NULL;
)sql";

// The team: the people records are owned by (contacts, deals) or assigned to (tickets), picked
// from a list instead of typed. Owners already written on records join it.
constexpr std::string_view kTeam = R"sql(
CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    is_me       INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    removed_at  INTEGER
);
CREATE UNIQUE INDEX users_one_me ON users (is_me) WHERE is_me = 1;
INSERT OR IGNORE INTO users (name, created_at)
    SELECT DISTINCT trim(owner), CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM contacts WHERE trim(owner) <> ''
    UNION SELECT DISTINCT trim(owner), CAST(strftime('%s', 'now') AS INTEGER) * 1000 FROM deals WHERE trim(owner) <> '';
ALTER TABLE tickets ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
)sql";

// Chinese readers list names by pinyin (core/common/name_collation.h). Without an index in that
// order every page of the contacts list sorted all live contacts again: at 100,000 contacts a page
// by keyset took 132 ms instead of 0.09 ms, by offset 833 ms instead of 2 ms (native, shell/bench
// core). Building it over 100,000 contacts takes ~0.2 s natively, ~0.3 s in wasm, once. The
// `pinyin` collation must be registered on any connection that writes these tables (db::Database
// does it on every connection it opens).
constexpr std::string_view kPinyinOrder = R"sql(
CREATE INDEX contacts_live_by_pinyin ON contacts (name COLLATE pinyin, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_by_pinyin ON companies (name COLLATE pinyin, id);
)sql";

// Files imported, each one undoable: `undo` is the SQLite session changeset that puts back every
// contact that was there and that it updated (with the tags, channels and values it gave them);
// the contacts it created are the ids first_created_id..last_created_id (one transaction writes
// them, so nothing else takes an id in between); `created_records` lists by table the companies,
// tags, custom fields and team members it made (JSON). A mapping is offered again when a file with the
// same header comes back.
constexpr std::string_view kImports = R"sql(
CREATE TABLE imports (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    target            TEXT NOT NULL,
    file_name         TEXT NOT NULL,
    encoding          TEXT NOT NULL DEFAULT '',
    started_at        INTEGER NOT NULL,
    finished_at       INTEGER NOT NULL DEFAULT 0,
    mapping           TEXT NOT NULL DEFAULT '{}',
    rows              INTEGER NOT NULL DEFAULT 0,
    created           INTEGER NOT NULL DEFAULT 0,
    updated           INTEGER NOT NULL DEFAULT 0,
    merged            INTEGER NOT NULL DEFAULT 0,
    skipped           INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0,
    first_created_id  INTEGER,
    last_created_id   INTEGER,
    created_records   TEXT NOT NULL DEFAULT '{}',
    undo              BLOB NOT NULL DEFAULT x'',
    undone_at         INTEGER
);
CREATE TABLE import_mappings (
    target   TEXT NOT NULL,
    header   TEXT NOT NULL,
    columns  TEXT NOT NULL,
    used_at  INTEGER NOT NULL,
    PRIMARY KEY (target, header)
) WITHOUT ROWID;
)sql";

// Tickets, campaigns, products and orders became searchable after databases already held some.
void indexRecordsOfNewKinds(db::Database& db) {
    search::SearchIndex index(db);
    search::indexRecords(db, index);
}

constexpr std::array<db::Migration, 10> kMigrations{{
    {1, "contacts", kContacts},
    {2, "crm", kCrm},
    {3, "live contact order", kLiveOrder},
    {4, "won deals by close date", kWonByClose},
    // Every table's id becomes AUTOINCREMENT (see autoincrement_ids.h). A table added after this
    // step must declare it itself: tests/unit/autoincrement_migration_test.cpp checks every table.
    {5, "ids never reused", "", makeIdsAutoincrement, true},
    {6, "tickets, campaigns, products and orders in search", "", indexRecordsOfNewKinds},
    {7, "deal and activity depth", kDealAndActivityDepth},
    {8, "the team", kTeam},
    {9, "names in pinyin order", kPinyinOrder},
    {10, "imports", kImports},
}};

} // namespace

std::span<const db::Migration> migrations() { return kMigrations; }

} // namespace satchel::schema
