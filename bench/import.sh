#!/usr/bin/env bash
# Import benchmark (BENCHMARKS.md): a file of SIZE_MIB (default 1024) imported through Habeas'
# own import path (`habeas debug put-blob`: age encryption + SHA-256 + durable write), against
# Debian's Go `age -r` encrypting the same file to the same recipient, in one run, on the same
# disk. Prints wall time, throughput, peak RSS and the ratio.
#
#   bench/import.sh            # 1 GiB
#   SIZE_MIB=4096 bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MIB=${SIZE_MIB:-1024}
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time"; exit 1; }
command -v age >/dev/null || { echo "needs Debian's age: apt-get install age"; exit 1; }
cargo build --release -q -p habeas-cli
HABEAS=target/release/habeas
work=$(mktemp -d "${BENCH_DIR:-$PWD/target}/bench-import.XXXXXX")
trap 'rm -rf "$work"' EXIT
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom > "$work/input.bin"
printf 'benchmark passphrase\n' > "$work/pass"
recipient=$("$HABEAS" --json --passphrase-file "$work/pass" vault init "$work/vault" \
  --insecure-test-kdf 10 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["recipient"])')
sync

measure() { # label, command…  → "label seconds maxrss_kib"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null
  read -r secs rss < "$work/time"
  echo "$label $secs $rss"
}
# Warm the page cache for both the same way, then one run each, alternated.
cat "$work/input.bin" > /dev/null
h=$(measure habeas "$HABEAS" --vault "$work/vault" --passphrase-file "$work/pass" debug put-blob "$work/input.bin")
a=$(measure age age -r "$recipient" -o "$work/age-out.age" "$work/input.bin")
python3 - "$SIZE_MIB" "$h" "$a" <<'PY'
import sys
size = int(sys.argv[1])
rows = [r.split() for r in sys.argv[2:]]
print(f"file: {size} MiB")
print(f"{'tool':8} {'wall s':>8} {'MiB/s':>8} {'peak RSS MiB':>13}")
tput = {}
for name, secs, rss in rows:
    secs = float(secs); tput[name] = size / secs
    print(f"{name:8} {secs:8.2f} {tput[name]:8.0f} {int(rss)/1024:13.1f}")
print(f"habeas / age throughput: {tput['habeas']/tput['age']:.2f}x")
PY
