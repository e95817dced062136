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
# Files in and out: a GBK spreadsheet from Chinese Excel, a dry run, the import, a re-import that
# updates, the history, undo, and exports that import back.
im="$tmp/import.sqlite3"
/usr/bin/python3 - "$tmp/people.csv" <<'PY'
import sys
text = ("姓名,邮箱,手机,公司,备注\r\n王小明,wang@example.cn,138 0013 8000,星辰科技,\"第一行\n第二行\"\r\n"
        "Zoë Lefèvre 😀,zoe@EXAMPLE.fr,+33 1 23 45 67 89,Café Ünïcode,\r\n张伟,zhang@bad,,,\r\n")
open(sys.argv[1], "wb").write(text.encode("gb18030"))
PY
expect 0 "a dry run plans the import and writes nothing" -- "$satchel" --db "$im" import contacts "$tmp/people.csv" --dry-run
contains "create 2 · update 0 · merge 0 · skip 0 · reject 1" "the dry run counts what it would do"
contains "row 3 (line 5) 邮箱: needs a domain like example.com after the @ ('zhang@bad')" "the report names row, line, column, reason and value"
expect 0 "the import writes the valid rows" -- "$satchel" --db "$im" import contacts "$tmp/people.csv" --json
if printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["encoding"] == "GB18030" and d["create"] == 2 and d["reject"] == 1 and d["problems"][0]["code"] == "email_domain_shape"'; then
  ok "the JSON report says GB18030, 2 created, the problem's code"; else no "the JSON report says GB18030, 2 created, the problem's code" "$out"; fi
expect 0 "imported contacts are listed" -- "$satchel" --db "$im" list contacts --json
contains '"email": "zoe@example.fr"' "the email's domain is lower-cased on the way in"
expect 0 "a re-import with an explicit mapping updates instead of duplicating" -- "$satchel" --db "$im" import contacts "$tmp/people.csv" --map "备注=ignore"
contains "create 0 · update 2" "both contacts are updated"
expect 0 "the import history lists both imports" -- "$satchel" --db "$im" imports --json
if printf '%s' "$out" | /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); assert [i["id"] for i in d] == [2, 1] and d[1]["created"] == 2'; then
  ok "the history holds both, newest first"; else no "the history holds both, newest first" "$out"; fi
expect 0 "contacts export to CSV" -- "$satchel" --db "$im" export contacts --format csv "$tmp/out.csv"
expect 0 "contacts export to vCard" -- "$satchel" --db "$im" export contacts --format vcard "$tmp/out.vcf"
if grep -q 'FN:Zoë Lefèvre 😀' "$tmp/out.vcf" && head -c 3 "$tmp/out.csv" | od -An -tx1 | grep -q 'ef bb bf'; then
  ok "the vCard has the accented, emoji name; the CSV starts with a BOM"; else no "the vCard has the accented, emoji name; the CSV starts with a BOM"; fi
expect 0 "the CSV export imports back into a new database" -- "$satchel" --db "$tmp/copy.sqlite3" import contacts "$tmp/out.csv"
contains "create 2 · update 0 · merge 0 · skip 0 · reject 0" "every exported contact comes back"
expect 0 "the vCard export imports back too" -- "$satchel" --db "$tmp/copy2.sqlite3" import vcard "$tmp/out.vcf"
contains "create 2 · update 0 · merge 0 · skip 0 · reject 0" "every card comes back"
expect 0 "undo the re-import" -- "$satchel" --db "$im" undo-import 2
contains "2 records restored, 0 created contacts removed, 0 kept" "both contacts are as the first import left them"
expect 0 "undo the first import" -- "$satchel" --db "$im" undo-import 1
contains "0 records restored, 2 created contacts removed, 0 kept" "the contacts it created are gone"
expect 0 "the database is empty again" -- "$satchel" --db "$im" stats --json
contains '"contacts": 0' "no contacts left"
expect 1 "an import cannot be undone twice" -- "$satchel" --db "$im" undo-import 2
contains "was undone already" "the refusal says why"
expect 1 "an empty file imports nothing" -- "$satchel" --db "$im" import contacts /dev/null
contains "the file is empty" "and says why"
expect 2 "an unknown field in --map is a usage error" -- "$satchel" --db "$im" import contacts "$tmp/people.csv" --map "姓名=shoe"
contains "unknown field 'shoe'" "naming the field"
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
