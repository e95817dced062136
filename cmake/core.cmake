# The core library: pure C++20, linked by the web app, the CLI, the tests and the benchmarks.

# The pinyin order's table, generated from Debian's ICU (python3-icu) into the build folder.
set(_pinyin_table "${CMAKE_BINARY_DIR}/generated/pinyin_table.cpp")
add_custom_command(
  OUTPUT "${_pinyin_table}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/generated"
  COMMAND /usr/bin/python3 "${CMAKE_SOURCE_DIR}/assets/collation/make_pinyin_rank.py" "${_pinyin_table}"
  DEPENDS "${CMAKE_SOURCE_DIR}/assets/collation/make_pinyin_rank.py"
  COMMENT "Ranking Han characters in ICU's pinyin order")

add_library(satchel_core STATIC
  "${_pinyin_table}"
  src/core/activities/activity_service.cpp
  src/core/companies/company_service.cpp
  src/core/dashboard/dashboard_service.cpp
  src/core/deals/deal_service.cpp
  src/core/deals/pipeline_service.cpp
  src/core/duplicates/duplicate_service.cpp
  src/core/marketing/campaign_service.cpp
  src/core/orders/order_service.cpp
  src/core/tickets/ticket_service.cpp
  src/core/timeline/contact_timeline.cpp
  src/core/common/failure.cpp
  src/core/common/text.cpp
  src/core/common/time_format.cpp
  src/core/audit/audit_log.cpp
  src/core/common/money.cpp
  src/core/common/chart_axis.cpp
  src/core/common/name_collation.cpp
  src/core/common/pinyin_order.cpp
  src/core/contacts/contact_service.cpp
  src/core/io/csv.cpp
  src/core/imports/contact_fields.cpp
  src/core/imports/contact_import.cpp
  src/core/imports/import_file.cpp
  src/core/imports/import_history.cpp
  src/core/imports/vcard_file.cpp
  src/core/exports/contact_export.cpp
  src/core/contacts/contact_name_order.cpp
  src/core/contacts/contact_validation.cpp
  src/core/custom_fields/custom_field_service.cpp
  src/core/db/change_feed.cpp
  src/core/common/problem.cpp
  src/core/maintenance/maintenance_service.cpp
  src/core/vocab/vocabulary.cpp
  src/core/vocab/crm_vocabularies.cpp
  src/core/db/change_recorder.cpp
  src/core/db/database.cpp
  src/core/db/migrations.cpp
  src/core/db/page_store.cpp
  src/core/db/page_vfs.cpp
  src/core/db/pinyin_collation.cpp
  src/core/db/readonly_query.cpp
  src/core/db/statement.cpp
  src/core/db/transaction.cpp
  src/core/schema/schema.cpp
  src/core/schema/autoincrement_ids.cpp
  src/core/schema/create_table_sql.cpp
  src/core/seed/seed.cpp
  src/core/settings/settings_service.cpp
  src/core/team/team_service.cpp
  src/core/search/record_entries.cpp
  src/core/search/search_index.cpp
  src/core/search/search_text.cpp
  src/core/tags/tag_service.cpp
  src/core/workspace/workspace.cpp
  src/core/io/text_decoding.cpp
  src/core/io/field_values.cpp
  src/core/io/vcard.cpp
)
target_include_directories(satchel_core PUBLIC "${CMAKE_SOURCE_DIR}/src")
target_include_directories(satchel_core SYSTEM PUBLIC "${SATCHEL_HEADERS_DIR}")
target_link_libraries(satchel_core PUBLIC sqlite3)
satchel_warnings(satchel_core)
