#!/usr/bin/env bash
# Print packet benchmark (BENCHMARKS.md, filings issue): a packet of about 60 pages with 20
# images (10 JPEG 1600x1200, 10 PNG 1200x800) and 5 appended PDFs, built by Habeas
# (`habeas filing export --packet`, which also decrypts every annex from the vault and checks
# its SHA-256) against the same content printed to PDF by Debian's headless Chromium, ROUNDS
# rounds (default 3) alternated, medians compared. Chromium cannot append PDFs, so it prints
# their text as HTML pages instead (which favours it).
#
#   bench/packet.sh            # needs: chromium, python3 with Pillow, GNU time, pdfinfo
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
for tool in chromium python3 /usr/bin/time pdfinfo; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install chromium time poppler-utils)"; exit 1; }
done
python3 -c 'import PIL' 2>/dev/null || { echo "needs Pillow: pip install pillow"; exit 1; }
cargo build --release -q -p habeas-cli
HABEAS=$PWD/target/release/habeas
work=$(mktemp -d "${BENCH_DIR:-$PWD/target}/bench-packet.XXXXXX")
trap 'rm -rf "$work"' EXIT
CHROME=(chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --user-data-dir="$work/chrome-profile")

# --- The content, made once -------------------------------------------------------------------
mkdir -p "$work/annexes"
python3 - "$work" <<'PY'
import html, json, random, sys
from PIL import Image, ImageDraw
work = sys.argv[1]
random.seed(7)
def picture(w, h, i):
    img = Image.new("RGB", (w, h))
    d = ImageDraw.Draw(img)
    for y in range(0, h, 4):
        d.line([(0, y), (w, y)], fill=((y * 255) // h, (i * 40) % 255, 255 - (y * 255) // h))
    for _ in range(60):
        x, y = random.randrange(w), random.randrange(h)
        d.ellipse([x, y, x + random.randrange(20, 200), y + random.randrange(20, 200)],
                  outline=(random.randrange(255), 0, 0), width=6)
    d.text((40, 40), f"Scanned document {i}", fill=(0, 0, 0))
    return img
for i in range(10):
    picture(1600, 1200, i).save(f"{work}/annexes/scan-{i:02}.jpg", quality=85)
    picture(1200, 800, i + 10).save(f"{work}/annexes/shot-{i:02}.png")
para = ("The applicant was stopped at the border on the strength of a Diffusion issued by the "
        "requesting state. The proceedings began after the applicant's reporting on corruption, "
        "and the charges repeat, almost word for word, the accusations made against other "
        "journalists. ")
facts = "\n".join(para * 4 for _ in range(6))
grounds = [{"argument": None, "text": para * 5} for _ in range(8)]
filing = {"kind": "deletion", "facts": facts, "grounds": grounds,
          "outcome": "Delete the data and inform every National Central Bureau.",
          "signature": {"by": "Counsel", "place": "Lyon", "date": "2026-11-20"}}
json.dump(filing, open(f"{work}/filing.json", "w"))
pdf_text = [f"<h1>Court record {k}</h1>" + "".join(f"<p>{html.escape(para * 6)}</p>" for _ in range(7)) for k in range(5)]
for k, body in enumerate(pdf_text):
    open(f"{work}/record-{k}.html", "w").write(f"<html><body style='font-family:serif'>{body}</body></html>")
# Chromium's side: the same packet as one HTML document.
pb = "<div style='page-break-after: always'></div>"
parts = [f"<h1>Request for deletion of data</h1><p>Filing packet</p>{pb}",
         "<h1>Request for deletion of data</h1>" + "".join(f"<p>{html.escape(l)}</p>" for l in facts.split("\n")),
         "".join(f"<p>{i+1}. {html.escape(g['text'])}</p>" for i, g in enumerate(grounds)) + pb,
         "<h1>Index of annexes</h1><table>" + "".join(f"<tr><td>A-{i+1}</td><td>Annex {i+1}</td></tr>" for i in range(25)) + "</table>" + pb]
names = [f"scan-{i:02}.jpg" for i in range(10)] + [f"shot-{i:02}.png" for i in range(10)]
for i, n in enumerate(names):
    parts.append(f"<h1 style='margin-top:40%'>A-{i+1}</h1>{pb}<img src='annexes/{n}' style='width:100%'>{pb}")
for k, body in enumerate(pdf_text):
    parts.append(f"<h1 style='margin-top:40%'>A-{21+k}</h1>{pb}{body}{pb}")
open(f"{work}/packet.html", "w").write("<html><body style='font-family:sans-serif'>" + "".join(parts) + "</body></html>")
PY
for k in 0 1 2 3 4; do
  "${CHROME[@]}" --print-to-pdf="$work/annexes/record-$k.pdf" "file://$work/record-$k.html" 2>/dev/null
done

# --- Habeas: the same files in a vault, annexed to a filing -----------------------------------
printf 'benchmark passphrase\n' > "$work/pass"
"$HABEAS" --passphrase-file "$work/pass" vault init "$work/vault" --insecure-test-kdf 10 >/dev/null 2>&1
H=("$HABEAS" --json --vault "$work/vault" --passphrase-file "$work/pass")
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
case_id=$("${H[@]}" case new --name "Benchmark" 2>/dev/null | field 'd["id"]')
ids=$("${H[@]}" evidence import "$work/annexes" --case "$case_id" 2>/dev/null | field '" ".join(i["id"] for i in d["items"])')
filing=$("${H[@]}" filing new --case "$case_id" --from "$work/filing.json" 2>/dev/null | field 'd["id"]')
# shellcheck disable=SC2086
"${H[@]}" filing annex "$filing" $ids >/dev/null 2>&1

measure() { # label, output, command…  → "label seconds maxrss_kib pages"
  local label=$1 out=$2; shift 2
  rm -f "$out"; sync
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1
  read -r secs rss < "$work/time"
  echo "$label $secs $rss $(pdfinfo "$out" | awk '/^Pages:/ {print $2}')"
}
rows=()
for r in $(seq 1 "$ROUNDS"); do
  rows+=("$(measure habeas "$work/habeas.pdf" "${H[@]}" filing export "$filing" --packet "$work/habeas.pdf" --force)")
  rows+=("$(measure chromium "$work/chromium.pdf" "${CHROME[@]}" --print-to-pdf="$work/chromium.pdf" "file://$work/packet.html")")
done
python3 - "${rows[@]}" <<'PY'
import statistics, sys
runs = {}
for r in sys.argv[1:]:
    name, secs, rss, pages = r.split()
    runs.setdefault(name, []).append((float(secs), int(rss), int(pages)))
print(f"{'tool':9} {'pages':>5} {'median s':>9} {'peak RSS MiB':>13}   all runs (s)")
med = {}
for name in ("habeas", "chromium"):
    secs = statistics.median(s for s, _, _ in runs[name]); med[name] = secs
    rss = max(m for _, m, _ in runs[name]) / 1024
    med[name + "_rss"] = rss
    print(f"{name:9} {runs[name][0][2]:5} {secs:9.2f} {rss:13.1f}   " + " ".join(f"{s:.2f}" for s, _, _ in runs[name]))
print(f"speed: habeas is {med['chromium'] / med['habeas']:.1f}x faster (goal >= 10x)")
print(f"memory: habeas peak is {med['habeas_rss'] / med['chromium_rss']:.2f} of chromium's (goal <= 0.25)")
PY
