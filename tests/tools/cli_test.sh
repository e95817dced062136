#!/usr/bin/env bash
# The satchel command-line tool, as a person would use it. Prints "cli: N passed, N failed".
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
satchel="$root/build/native/satchel"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }
no() { fail=$((fail + 1)); echo "not ok - $1"; [ -n "${2:-}" ] && printf '  %s\n' "$2"; }
# expect <exit code> <description> -- command...: checks the exit code; output in $out
expect() {
  local code=$1 what=$2; shift 3
  out=$("$@" 2>&1); local rc=$?
  if [ "$rc" = "$code" ]; then ok "$what"; else no "$what" "exit $rc, wanted $code: $out"; fi
}
contains() { case "$out" in *"$1"*) ok "$2" ;; *) no "$2" "output: $out" ;; esac; }

db="$tmp/crm.sqlite3"
expect 0 "init creates a database" -- "$satchel" --db "$db" init
expect 0 "a contact with a Chinese name is added" -- "$satchel" --db "$db" add contact --name 张三 --email zhang@example.cn
expect 1 "an invalid email is refused" -- "$satchel" --db "$db" add contact --name Ann --email ann.example.com
contains "invalid email: needs an @" "the refusal names the field and the reason"
expect 0 "contacts are listed as JSON" -- "$satchel" --db "$db" list contacts --json
contains '"name": "张三"' "the Chinese name round-trips"
expect 0 "search finds 张三 from 张" -- "$satchel" --db "$db" list contacts --search 张
contains "张三" "the search result is listed"
expect 0 "seeding adds sample data" -- "$satchel" --db "$db" seed --contacts 500 --seed 3
contains "seeded 500 contacts" "seed reports what it added"
expect 0 "stats as JSON" -- "$satchel" --db "$db" stats --json
if printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["contacts"] == 501 and 0 < d["win_rate"] < 1'; then
  ok "stats count the contacts and a win rate"; else no "stats count the contacts and a win rate" "$out"; fi
expect 0 "check passes on a healthy database" -- "$satchel" --db "$db" check
contains "ok" "check says ok"
"$satchel" --db "$tmp/a.db" seed --contacts 200 --seed 9 >/dev/null
"$satchel" --db "$tmp/b.db" seed --contacts 200 --seed 9 >/dev/null
if [ "$("$satchel" --db "$tmp/a.db" list contacts --json)" = "$("$satchel" --db "$tmp/b.db" list contacts --json)" ]; then
  ok "the same seed gives the same contacts"; else no "the same seed gives the same contacts"; fi
printf 'this is not a database' > "$tmp/bad.db"
expect 1 "a file that is not a database is refused" -- "$satchel" --db "$tmp/bad.db" list contacts
contains "is not a Satchel database" "the refusal says why"
expect 2 "an unknown command is a usage error" -- "$satchel" --db "$db" frobnicate
expect 2 "a bad number is a usage error" -- "$satchel" --db "$db" seed --contacts many
contains "--contacts must be a whole number" "the usage error names the option"
expect 2 "a missing --db is a usage error" -- "$satchel" list contacts
# A database whose pages were damaged fails the check.
cp "$tmp/a.db" "$tmp/broken.db"
/usr/bin/python3 - "$tmp/broken.db" <<'PY'
import sys
path = sys.argv[1]
with open(path, 'r+b') as f:
    f.seek(4096 * 3)
    f.write(b'\xff' * 4096)
PY
expect 1 "check reports a damaged database" -- "$satchel" --db "$tmp/broken.db" check
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
