"""Reads "name value [value...]" lines on stdin; prints a table and writes OUT/NAME.json.
usage: bench_report.py NAME OUT_DIR KEY_HEADER VALUE_HEADER [VALUE_HEADER... | note=...]"""
import json
import os
import platform
import sys
import time

name, out_dir, key_header = sys.argv[1:4]
headers = [h for h in sys.argv[4:] if "=" not in h]
notes = dict(h.split("=", 1) for h in sys.argv[4:] if "=" in h)

rows = []
for line in sys.stdin:
    parts = line.split()
    if not parts:
        continue
    values = [float(v) if "." in v else int(v) for v in parts[1:]]
    rows.append({key_header: parts[0], **dict(zip(headers, values))})

if name == "dist-size":
    rows.append({key_header: "TOTAL", **{h: sum(r[h] for r in rows) for h in headers}})

widths = [max(len(key_header), *(len(str(r[key_header])) for r in rows))] + \
         [max(len(h), *(len(f"{r[h]:,}" if isinstance(r[h], int) else f"{r[h]:.1f}") for r in rows)) for h in headers]
print(f"\n{name}" + "".join(f"  ({k}: {v})" for k, v in notes.items()))
print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip([key_header] + headers, widths))))
for r in rows:
    cells = [str(r[key_header])] + [f"{r[h]:,}" if isinstance(r[h], int) else f"{r[h]:.1f}" for h in headers]
    print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))))

report = {"benchmark": name, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
          "machine": {"cpus": os.cpu_count(), "platform": platform.platform()}, "notes": notes, "rows": rows}
with open(os.path.join(out_dir, f"{name}.json"), "w") as f:
    json.dump(report, f, indent=2)
