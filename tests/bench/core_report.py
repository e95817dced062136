"""Prints native vs wasm core benchmark results side by side and writes build/bench/core.json.
usage: core_report.py NATIVE.json WASM.json OUT_DIR"""
import json
import os
import sys
import time

native, wasm = (json.load(open(p)) for p in sys.argv[1:3])
out_dir = sys.argv[3]
rows = [("seed (s)", native["seed_ms"] / 1000, wasm["seed_ms"] / 1000),
        ("database (MB)", native["database_bytes"] / 1e6, wasm["database_bytes"] / 1e6)]
for key, label in [("search_top20", "search as you type, top 20"), ("list_search_page", "contacts list filtered by search"),
                   ("list_first_page_with_total", "list page 1 + total"), ("count_all", "count all contacts"),
                   ("list_middle_page_keyset", "list page at row 50,000 (keyset)"),
                   ("list_middle_page_offset", "list page at row 50,000 (offset)"),
                   ("list_filtered_sorted_page", "list page, city filter, newest first")]:
    for q in ("p50", "p95"):
        rows.append((f"{label} {q} (ms)", native[key][f"{q}_ms"], wasm[key][f"{q}_ms"]))
for order, label in [("nocase", "names A-Z (English)"), ("pinyin", "names by pinyin (Chinese)"),
                     ("pinyin_without_index", "names by pinyin, no index")]:
    for key, what in [("first_page_with_total", "page 1 + total"), ("middle_page_keyset", "middle page (keyset)"),
                      ("middle_page_offset", "middle page (offset)")]:
        if order in native.get("name_order", {}):
            rows.append((f"{label}: {what} p50 (ms)", native["name_order"][order][key]["p50_ms"],
                         wasm["name_order"][order][key]["p50_ms"]))
if "name_order" in native:
    rows.append(("pinyin index over all contacts, built (ms)", native["name_order"]["pinyin_index_build_ms"],
                 wasm["name_order"]["pinyin_index_build_ms"]))
for key in native.get("screen_data", {}):
    rows.append((f"screen data: {key} p50 (ms)", native["screen_data"][key]["p50_ms"], wasm["screen_data"][key]["p50_ms"]))
w = max(len(r[0]) for r in rows)
print(f"\ncore at {native['contacts']:,} contacts ({native['search_queries']} prefix queries)")
print(f"{'measure'.ljust(w)}  {'native':>10}  {'wasm (node)':>11}  {'wasm/native':>11}")
for label, n, v in rows:
    print(f"{label.ljust(w)}  {n:10.2f}  {v:11.2f}  {v / n if n else float('nan'):11.2f}")
if "name_order" in native:
    # The question the pinyin order raises: is a Chinese reader's list as quick as an English one's?
    print("\npinyin / NOCASE, p50 (same run):")
    for key in ("first_page_with_total", "middle_page_keyset", "middle_page_offset"):
        for name, run in (("native", native), ("wasm", wasm)):
            o = run["name_order"]
            print(f"  {key} {name}: {o['pinyin'][key]['p50_ms'] / o['nocase'][key]['p50_ms']:.2f}"
                  f" (without the index: {o['pinyin_without_index'][key]['p50_ms'] / o['nocase'][key]['p50_ms']:.1f})")
with open(os.path.join(out_dir, "core.json"), "w") as f:
    json.dump({"benchmark": "core", "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "native": native,
               "wasm": wasm}, f, indent=2)
