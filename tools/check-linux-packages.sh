#!/usr/bin/env bash
# Checks the Linux packages `make dist-linux` built: what the .deb and .rpm declare and hold
# (the binary, the desktop entry, the icons, the AppStream metadata), and that the desktop entry
# and metadata are valid (desktop-file-validate, appstreamcli validate). Prints the .deb's
# installed size (BENCHMARKS.md). Fails on the first thing missing.
#
#   tools/check-linux-packages.sh target/release/bundle/deb/Habeas_0.1.0_amd64.deb \
#                                 target/release/bundle/rpm/Habeas-0.1.0-1.x86_64.rpm
set -euo pipefail
deb=$1
rpm=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# What installing puts on disk, the same in both packages.
expected=(
  usr/bin/habeas-desktop
  usr/share/applications/Habeas.desktop
  usr/share/metainfo/org.habeas.desktop.metainfo.xml
  usr/share/icons/hicolor/32x32/apps/habeas-desktop.png
  usr/share/icons/hicolor/128x128/apps/habeas-desktop.png
  usr/share/icons/hicolor/256x256@2/apps/habeas-desktop.png
  usr/share/icons/hicolor/scalable/apps/habeas-desktop.svg
)
fail() { echo "check-linux-packages: $*" >&2; exit 1; }

echo "== $deb"
dpkg-deb --info "$deb" | tee "$work/info"
dpkg-deb --contents "$deb" | tee "$work/contents"
grep -q '^ Architecture: amd64$' "$work/info" || fail "the .deb is not for amd64"
# The webview the app draws in: without it the app cannot open a window.
grep -qE '^ Depends:.*libwebkit2gtk-4\.1-0' "$work/info" || fail "the .deb does not depend on WebKitGTK 4.1"
for path in "${expected[@]}"; do
  grep -qE " (\./)?$path\$" "$work/contents" || fail "the .deb lacks /$path"
done
dpkg-deb -x "$deb" "$work/root"
file "$work/root/usr/bin/habeas-desktop" | grep -q 'ELF 64-bit.*stripped' \
  || fail "the .deb's binary is not a stripped 64-bit ELF"
desktop-file-validate "$work/root/usr/share/applications/Habeas.desktop"
grep -q '^Exec=habeas-desktop$' "$work/root/usr/share/applications/Habeas.desktop" \
  || fail "the desktop entry does not start habeas-desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.habeas.desktop.metainfo.xml"
installed_kib=$(sed -n 's/^ Installed-Size: //p' "$work/info")
echo "Installed size (Installed-Size): ${installed_kib} KiB; files on disk: $(du -sk --apparent-size "$work/root" | cut -f1) KiB; .deb: $(($(stat -c %s "$deb") / 1024)) KiB"

echo "== $rpm"
rpm -qip "$rpm"
rpm -qlp "$rpm" | tee "$work/rpm-contents"
for path in "${expected[@]}"; do
  grep -qx "/$path" "$work/rpm-contents" || fail "the .rpm lacks /$path"
done
rpm -qp --requires "$rpm" | grep -q 'libwebkit2gtk-4\.1' || fail "the .rpm does not require WebKitGTK 4.1"

if command -v lintian >/dev/null; then
  echo "== lintian (reported, not enforced)"
  lintian --no-tag-display-limit "$deb" || true
fi
echo "Linux packages: checked"
