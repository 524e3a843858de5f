; The Windows installer for Habeas, built on Linux with Debian's makensis
; (packaging/windows/build-installer.sh, `make dist-windows`).
;
; Per user, without administrator rights: everything goes under %LOCALAPPDATA%\Programs\Habeas,
; the Start menu entry and the "Apps & features" entry under the current user's profile and
; HKCU. Never run on Windows from the build machine (README, "Windows installer").
;
; Defined on the command line: VERSION (0.1.0), VERSION4 (0.1.0.0), APP_EXE (the cross-built
; habeas-desktop.exe), WEBVIEW2_LOADER (WebView2Loader.dll, which the exe imports and must sit
; beside it), ICON (icons/icon.ico), OUTFILE.

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

!define PRODUCT "Habeas"
; The uninstall key: the app's identifier (tauri.conf.json), under HKCU.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\org.habeas.desktop"
; The Evergreen WebView2 Runtime's client GUID, and where its version ("pv") is recorded:
; Microsoft, "Distribute your app and the WebView2 Runtime", section "Detect if a WebView2
; Runtime is already installed" (learn.microsoft.com/microsoft-edge/webview2/concepts/distribution);
; the same keys as Tauri's own NSIS template (tauri-bundler, installer.nsi).
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2_DOWNLOAD "https://developer.microsoft.com/microsoft-edge/webview2/"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "Software\${PRODUCT}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} installer"
VIAddVersionKey "CompanyName" "The Habeas developers"
VIAddVersionKey "LegalCopyright" "The Habeas developers"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PRODUCT}.exe"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Habeas will be removed from this computer. Your vaults and case files are not touched: they stay where you keep them."

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Habeas needs 64-bit Windows 10 or 11. This computer runs a 32-bit Windows, so Habeas cannot be installed here."
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

; Habeas draws its window with Microsoft Edge WebView2. Windows 11 has it; Windows 10 usually
; gets it with Edge. Where it is missing, say so plainly and offer Microsoft's download page
; (the installer stays offline: it downloads nothing itself).
Function CheckWebView2
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    MessageBox MB_YESNO|MB_ICONEXCLAMATION "Habeas is installed, but it cannot open its window yet: this computer does not have the Microsoft Edge WebView2 Runtime, which Habeas uses to draw its window.$\r$\n$\r$\nInstall the WebView2 Runtime from Microsoft (the $\"Evergreen Bootstrapper$\" is enough), then open Habeas from the Start menu.$\r$\n$\r$\nOpen Microsoft's download page now?$\r$\n${WEBVIEW2_DOWNLOAD}" IDNO done
    ExecShell "open" "${WEBVIEW2_DOWNLOAD}"
    done:
  ${EndIf}
FunctionEnd

Section "Habeas" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=${PRODUCT}.exe" "${APP_EXE}"
  File "/oname=WebView2Loader.dll" "${WEBVIEW2_LOADER}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${PRODUCT}.exe"

  WriteRegStr HKCU "Software\${PRODUCT}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Habeas developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${PRODUCT}.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  Call CheckWebView2
SectionEnd

; Removes only what the installer wrote: the vaults live elsewhere (the OS data folder or where
; the user chose) and are never touched.
Section "Uninstall"
  Delete "$INSTDIR\${PRODUCT}.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${PRODUCT}"
SectionEnd
