#!/usr/bin/env bash
# Every C++ file under src/ and tests/ is laid out as .clang-format says (Debian's clang-format-14:
# another version may format differently). One test; lists the files that are not formatted.
# Prints "format: N passed, N failed". Fix with: clang-format-14 -i <the files listed>
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if ! command -v clang-format-14 >/dev/null; then
  echo "not ok - clang-format-14 is not installed (shell/setup installs it)"
  echo "format: 0 passed, 1 failed"
  exit 1
fi
mapfile -t files < <(find src tests \( -name '*.h' -o -name '*.cpp' \) -type f | sort)
# One process for all files; --dry-run reports each place as "file:line:col: error: ..." on stderr.
report=$(clang-format-14 --style=file --dry-run --Werror --ferror-limit=1 "${files[@]}" 2>&1)
rc=$?
mapfile -t unformatted < <(printf '%s\n' "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/\1/p' |
  sort -u | grep -Fx -f <(printf '%s\n' "${files[@]}"))
if [ "$rc" -eq 0 ] && [ ${#unformatted[@]} -eq 0 ]; then
  echo "ok - ${#files[@]} C++ files are formatted"
  echo "format: 1 passed, 0 failed"
  exit 0
fi
if [ ${#unformatted[@]} -eq 0 ]; then
  # clang-format itself failed (a bad .clang-format, an unreadable file): show what it said.
  printf '%s\n' "$report" | head -20
  echo "not ok - clang-format-14 failed (exit $rc)"
else
  printf '  %s\n' "${unformatted[@]}"
  echo "not ok - ${#unformatted[@]} of ${#files[@]} C++ files are not formatted (clang-format-14 -i FILE...)"
fi
echo "format: 0 passed, 1 failed"
exit 1
