#!/usr/bin/env bash
# Prints one closing line, "N passed, N failed", totalled over the test logs given: cargo test
# ("test result: ok. 3 passed; 0 failed; …") and Vitest ("Tests  26 passed (26)"). Exits non-zero
# if nothing ran or anything failed, so that an empty run can never look green.
set -euo pipefail
passed=0
failed=0
for log in "$@"; do
  [ -f "$log" ] || { echo "summary: missing log $log" >&2; exit 1; }
  # Strip colour codes, in case a runner ignored NO_COLOR.
  text=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' <<<"$text" \
             | sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed/\1 \2/')
  while read -r line; do
    p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
    f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
    passed=$((passed + p)); failed=$((failed + f))
  done < <(grep -E '^ *Tests +[0-9]' <<<"$text" || true)
done
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" -eq 0 ]
