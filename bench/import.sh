#!/usr/bin/env bash
# Import benchmark (BENCHMARKS.md): a file of SIZE_MIB (default 1024) imported through the app's
# own evidence import path (`habeas evidence import`: sniffing, age encryption, SHA-256, durable
# write, the record and its custody entry), and through the bare blob path (`habeas debug
# put-blob`), against Debian's Go `age -r` encrypting the same file to the same recipient, in
# one run, on the same disk. Prints wall time, throughput, peak RSS and the ratios; then times
# previews of the imported file as the app's evidence:// protocol serves them (first bytes,
# seeks anywhere).
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
H=("$HABEAS" --json --vault "$work/vault" --passphrase-file "$work/pass")
json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
case_id=$("${H[@]}" case new --name "Benchmark" 2>/dev/null | json_field '["id"]')
sync

measure() { # label, command…  → "label seconds maxrss_kib"
  local label=$1; shift
  # Let the previous run's writes reach the disk first: otherwise whichever runs later pays
  # for the earlier one's writeback (seen: the third run 25 % slower whatever it was).
  sync
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null
  read -r secs rss user sys < "$work/time"
  echo "$label $secs $rss $user $sys"
}
# Warm the page cache for both the same way, then one run each, alternated.
cat "$work/input.bin" > /dev/null
# ROUNDS rounds (default 3), the order rotated each round; the medians are compared. On a shared
# virtual disk single runs vary by 2x, so one run says little.
ROUNDS=${ROUNDS:-3}
rows=()
for r in $(seq 1 "$ROUNDS"); do
  for step in 0 1 2; do
    case $(( (step + r) % 3 )) in
      0) rows+=("$(measure evidence "${H[@]}" evidence import "$work/input.bin" --case "$case_id" --duplicates allow 2>/dev/null)") ;;
      1) rows+=("$(measure age age -r "$recipient" -o "$work/age-out.age" "$work/input.bin")") ;;
      2) rows+=("$(measure blob "$HABEAS" --vault "$work/vault" --passphrase-file "$work/pass" debug put-blob "$work/input.bin")") ;;
    esac
    # Keep the disk from filling over the rounds: the blobs were written and flushed, which
    # is what is measured; the files themselves are not needed again.
    rm -f "$work/age-out.age"
    find "$work/vault/blobs" -name '*.age' -delete 2>/dev/null || true
  done
done
python3 - "$SIZE_MIB" "${rows[@]}" <<'PY'
import statistics, sys
size = int(sys.argv[1])
runs = {}
for r in sys.argv[2:]:
    name, secs, rss, user, sys_ = r.split()
    runs.setdefault(name, []).append((float(secs), int(rss), float(user) + float(sys_)))
print(f"file: {size} MiB, {len(runs['age'])} rounds (median wall time; max peak RSS)")
print(f"{'path':9} {'wall s':>8} {'MiB/s':>8} {'CPU s':>7} {'peak RSS MiB':>13}   all runs (s)")
tput = {}
for name in ("evidence", "age", "blob"):
    secs = statistics.median(s for s, _, _ in runs[name])
    cpu = statistics.median(c for _, _, c in runs[name])
    rss = max(m for _, m, _ in runs[name])
    tput[name] = size / secs
    every = " ".join(f"{s:.2f}" for s, _, _ in runs[name])
    print(f"{name:9} {secs:8.2f} {tput[name]:8.0f} {cpu:7.2f} {rss/1024:13.1f}   {every}")
print(f"evidence import / age throughput: {tput['evidence']/tput['age']:.2f}x")
print(f"bare blob / age throughput:       {tput['blob']/tput['age']:.2f}x")
PY
# Previews of the imported file, as evidence:// serves them (4 MiB per response).
item=$("${H[@]}" evidence import "$work/input.bin" --case "$case_id" --duplicates allow 2>/dev/null \
  | json_field '["items"][0]["id"]')
"$HABEAS" --vault "$work/vault" --passphrase-file "$work/pass" debug read-ranges "$item" --count 40
