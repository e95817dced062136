# Unit tests: the same sources run natively and, in the wasm build, under node.
add_executable(satchel_unit_tests
  tests/unit/main.cpp
  tests/unit/activities_test.cpp
  tests/unit/campaigns_test.cpp
  tests/unit/companies_tags_fields_test.cpp
  tests/unit/change_feed_test.cpp
  tests/unit/contact_list_test.cpp
  tests/unit/vocabulary_test.cpp
  tests/unit/contact_records_test.cpp
  tests/unit/contact_service_test.cpp
  tests/unit/dashboard_test.cpp
  tests/unit/deals_test.cpp
  tests/unit/team_test.cpp
  tests/unit/company_page_test.cpp
  tests/unit/duplicates_test.cpp
  tests/unit/money_test.cpp
  tests/unit/chart_axis_test.cpp
  tests/unit/orders_test.cpp
  tests/unit/search_more_kinds_test.cpp
  tests/unit/merge_undo_test.cpp
  tests/unit/search_test.cpp
  tests/unit/timeline_history_test.cpp
  tests/unit/seed_test.cpp
  tests/unit/tickets_test.cpp
  tests/unit/contact_validation_test.cpp
  tests/unit/database_test.cpp
  tests/unit/migrations_test.cpp
  tests/unit/migration_foreign_keys_test.cpp
  tests/unit/autoincrement_migration_test.cpp
  tests/unit/create_table_sql_test.cpp
  tests/unit/ids_never_reused_test.cpp
  tests/unit/page_store_test.cpp
  tests/unit/page_vfs_test.cpp
  tests/unit/readonly_query_test.cpp
  tests/unit/text_test.cpp
  tests/unit/pinyin_order_test.cpp
  tests/unit/names_in_pinyin_test.cpp
  tests/unit/transaction_test.cpp
  tests/unit/screen_queries_test.cpp
  tests/unit/sliced_work_test.cpp
  tests/unit/db_columns_test.cpp
  tests/unit/contact_columns_test.cpp
  tests/unit/company_columns_test.cpp
  tests/unit/deal_columns_test.cpp
  tests/unit/activity_columns_test.cpp
  tests/unit/ticket_columns_test.cpp
  tests/unit/order_columns_test.cpp
  tests/unit/campaign_columns_test.cpp
  tests/unit/text_decoding_test.cpp
  tests/unit/csv_test.cpp
  tests/unit/contact_import_test.cpp
  tests/unit/field_values_test.cpp
  tests/unit/vcard_test.cpp
)
target_link_libraries(satchel_unit_tests PRIVATE satchel_core)
# Tests build drafts with partial aggregate initialisers on purpose.
satchel_warnings(satchel_unit_tests)
if(EMSCRIPTEN)
  # EXIT_RUNTIME so node's exit code is the test result; memory grows for large test databases.
  target_link_options(satchel_unit_tests PRIVATE -sEXIT_RUNTIME=1 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node)
  add_test(NAME unit_wasm COMMAND node --no-experimental-fetch $<TARGET_FILE:satchel_unit_tests>)
else()
  add_test(NAME unit_native COMMAND satchel_unit_tests)
endif()
