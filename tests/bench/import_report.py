#!/usr/bin/env python3
"""The import benchmark's table (shell/bench import): build/bench/import-{native,wasm,browser}.jsonl
in, a table out and build/bench/import.json."""
import json
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
def rows(name):
    path = out / f"import-{name}.jsonl"
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()] if path.exists() else []

native, wasm, browser = rows("native"), rows("wasm"), rows("browser")
by_size = {r["contacts"]: r for r in native}
print(f"{'where':8} {'contacts':>9} {'total s':>8} {'rows/s':>9} {'peak MB':>8} {'DB bytes/row':>12} {'vs native':>9}")
for where, rs in (("native", native), ("wasm", wasm)):
    for r in rs:
        ratio = r["total_s"] / by_size[r["contacts"]]["total_s"] if r["contacts"] in by_size else float("nan")
        print(f"{where:8} {r['contacts']:>9} {r['total_s']:>8.2f} {r['rows_per_s']:>9.0f} {r['peak_mb']:>8.0f} "
              f"{r['database_bytes_per_row']:>12.0f} {ratio:>8.2f}x")
for r in browser:
    ratio = r["total_s"] / by_size[r["contacts"]]["total_s"] if r["contacts"] in by_size else float("nan")
    print(f"{'chromium':8} {r['contacts']:>9} {r['total_s']:>8.2f} {r['rows_per_s']:>9.0f} {r['wasm_memory_mb']:>8} "
          f"{'':>12} {ratio:>8.2f}x   (open {r['open_s']:.2f} s, checked {r['plan_s']:.2f} s, written {r['write_s']:.2f} s, "
          f"durable at {r['durable_s']:.2f} s; longest frame gap {r['longest_frame_gap_ms']} ms, "
          f"{r['gaps_over_100ms']} gaps over 100 ms of {r['frames']} frames)")
(out / "import.json").write_text(json.dumps({"native": native, "wasm": wasm, "browser": browser}, indent=2))
