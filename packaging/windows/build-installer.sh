#!/usr/bin/env bash
# Builds the Windows installer from the cross-built exe with Debian's makensis (habeas.nsi), then
# checks it holds what it must: the app exe byte for byte, WebView2Loader.dll beside it (the exe
# imports it), a per-user install (the installer asks for no administrator rights), and that the
# exe needs no other DLL than Windows' own and the loader. Run by `make dist-windows`.
#
#   packaging/windows/build-installer.sh EXE VERSION OUTFILE
set -euo pipefail
exe=$1
version=$2
out=$3
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "build-installer: $*" >&2; exit 1; }

# WebView2Loader.dll ships inside the webview2-com-sys crate (x64/), which links the exe against
# it; take it from the version Cargo.lock resolved for the Windows target.
crate_dir=$(cd "$root" && cargo metadata --format-version 1 --locked \
    --filter-platform x86_64-pc-windows-gnu \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
      const p=JSON.parse(s).packages.find(p=>p.name==="webview2-com-sys");
      if(!p){process.exit(1)} console.log(require("path").dirname(p.manifest_path))})') \
  || fail "webview2-com-sys is not in the Windows dependency tree"
loader="$crate_dir/x64/WebView2Loader.dll"
[ -f "$loader" ] || fail "no WebView2Loader.dll in $crate_dir/x64"

# The exe: a 64-bit GUI program (no console window), importing only Windows' DLLs and the loader.
file "$exe" | grep -q 'PE32+ executable (GUI) x86-64' || fail "$exe is not a 64-bit Windows GUI exe"
x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | sort -u > "$work/imports"
echo "The exe imports: $(tr '\n' ' ' < "$work/imports")"
grep -qx 'WebView2Loader.dll' "$work/imports" || fail "the exe does not import WebView2Loader.dll"
# Anything else must come with Windows 10 (no mingw runtime DLL such as libgcc_s or libwinpthread).
if grep -viE '^(WebView2Loader\.dll|api-ms-win-[a-z0-9-]+\.dll|(kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|comctl32|comdlg32|uxtheme|dwmapi|shlwapi|ws2_32|bcrypt|bcryptprimitives|crypt32|ntdll|userenv|version|winmm|imm32|setupapi|msvcrt|propsys|gdiplus|secur32|rpcrt4|dbghelp|powrprof|wtsapi32|iphlpapi|dwrite|d2d1|d3d11|dxgi|windowscodecs|msimg32|winspool\.drv|uiautomationcore|credui|ncrypt|psapi|dnsapi|winhttp|urlmon|wininet)\.dll)$' "$work/imports"; then
  fail "the exe needs the DLLs above, which the installer does not ship"
fi

mkdir -p "$(dirname "$out")"
makensis -V2 -NOCD \
  "-DVERSION=$version" "-DVERSION4=$version.0" \
  "-DAPP_EXE=$exe" "-DWEBVIEW2_LOADER=$loader" "-DICON=$root/icons/icon.ico" \
  "-DOUTFILE=$out" "$root/packaging/windows/habeas.nsi"

# What the installer holds, unpacked by 7-Zip (which reads NSIS archives).
7z l "$out" | tee "$work/listing"
7z x -y -o"$work/unpacked" "$out" >/dev/null
cmp "$exe" "$work/unpacked/Habeas.exe" || fail "the installer's Habeas.exe is not the built exe"
cmp "$loader" "$work/unpacked/WebView2Loader.dll" || fail "the installer's WebView2Loader.dll differs"
# Per user: the installer's manifest asks Windows for no elevation (RequestExecutionLevel user).
grep -qa 'level="asInvoker"' "$out" || fail "the installer asks for administrator rights"
grep -qa 'requireAdministrator' "$out" && fail "the installer asks for administrator rights"
echo "Windows installer: $out ($(($(stat -c %s "$out") / 1024)) KiB; exe $(($(stat -c %s "$exe") / 1024)) KiB), checked"
