# Habeas: two commands on a fresh Debian/Ubuntu machine (README, Quick start).
#
#   make run    install what is missing, build, open the app window
#   make test   install what is missing, run every check and test (what CI runs)
#
# Both are idempotent: a second run installs nothing and rebuilds only what changed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

# Debian packages. Build: what Tauri's WebKitGTK shell links against. Test: a virtual display,
# the WebDriver server for WebKitGTK, OpenSSL headers for the WebDriver client, Debian's Go
# `age` for the interop tests, util-linux's `script` (a terminal for Go age's prompt), and a
# private D-Bus session with gnome-keyring for the OS keyring test.
BUILD_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev librsvg2-dev \
                  libayatana-appindicator3-dev fonts-dejavu-core libclang-dev
TEST_PACKAGES  := xvfb xauth webkit2gtk-driver libssl-dev age bsdutils dbus gnome-keyring \
                  poppler-utils qpdf zbar-tools libxtst6 syncthing

# Tools built with cargo for the tests, kept out of the user's ~/.cargo.
TOOLS          := $(CURDIR)/target/tools
TAURI_DRIVER   := $(TOOLS)/bin/tauri-driver
TAURI_DRIVER_VERSION := ^2

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NODE_MIN := 20.19
APP := target/debug/habeas-desktop
XVFB := xvfb-run -a -s "-screen 0 1280x800x24"
LOGS := target/test-logs
UI_SOURCES := $(shell find ui/src -type f 2>/dev/null) ui/index.html ui/vite.config.ts \
              ui/svelte.config.js ui/tsconfig.json

.PHONY: help run test deps-build deps-test check-toolchain check-display \
        fmt-check platform-check clippy rust-test check-core-deps ui-check ui-lint ui-test e2e build clean \
        fuzz bindings

help:
	@echo "make run    install what is missing, build, and open Habeas"
	@echo "make test   install what is missing and run every check and test"

# ---------------------------------------------------------------------------------------------
# What a person runs

run: check-display deps-build build
	$(APP)

test: deps-build deps-test fmt-check check-core-deps platform-check ui-check ui-lint ui-test clippy rust-test
	@echo "make test: every check passed."
	@tests/summary.sh $(LOGS)/ui-test.log $(LOGS)/rust-test.log

# ---------------------------------------------------------------------------------------------
# Installing what is missing

# Installs the Debian packages named in $(1) that are not installed yet, and nothing else.
define apt_install_missing
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  command -v apt-get >/dev/null || { echo "Missing:$$missing. Install them with your package manager (see README)."; exit 1; }; \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build: check-toolchain ui/node_modules/.package-lock.json
	$(call apt_install_missing,$(BUILD_PACKAGES))

deps-test: $(TAURI_DRIVER)
	$(call apt_install_missing,$(TEST_PACKAGES))

check-toolchain:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again."; exit 1; }
	@if ! command -v node >/dev/null || ! command -v npm >/dev/null; then \
	  echo "Node.js is missing: installing Debian's nodejs and npm."; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm; \
	fi
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); const [x,y]="$(NODE_MIN)".split(".").map(Number); process.exit(a>x||(a===x&&b>=y)?0:1)' \
	  || { echo "Node.js $$(node --version) is too old: the UI build needs $(NODE_MIN) or newer."; exit 1; }

ui/node_modules/.package-lock.json: ui/package-lock.json ui/package.json
	npm ci --prefix ui --no-audit --no-fund
	@touch $@

$(TAURI_DRIVER):
	cargo install tauri-driver --version '$(TAURI_DRIVER_VERSION)' --locked --root $(TOOLS)

check-display:
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ] && [ "$$(uname)" = Linux ]; then \
	  echo "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set)."; \
	  echo "Habeas is a desktop app and needs a graphical session. On a server, run it under a"; \
	  echo "virtual display:   xvfb-run -a make run"; \
	  exit 2; \
	fi

# ---------------------------------------------------------------------------------------------
# Building. The UI must be built before any cargo build: the app embeds ui/dist.

ui/dist/index.html: ui/node_modules/.package-lock.json $(UI_SOURCES)
	npm run build --prefix ui

build: ui/dist/index.html
	cargo build --features custom-protocol

# The TypeScript side of the IPC contract, ui/src/lib/bindings.ts, generated from the commands
# and types the shell registers (src-tauri/bindings.rs). `make test` fails while it is stale.
bindings: ui/dist/index.html
	HABEAS_WRITE_BINDINGS=1 cargo test -p habeas-desktop --lib --features custom-protocol \
	  bindings::tests::bindings_are_current

# ---------------------------------------------------------------------------------------------
# Checks and tests

# The macOS and Windows files (lock on sleep, the OS keyring), type-checked from Linux with the
# workspace's lints (tools/check-platforms.sh). Their standard libraries come from rustup; where
# it cannot fetch them, this says so loudly and the rest of the tests still run.
platform-check:
	@if rustup target add x86_64-apple-darwin x86_64-pc-windows-gnu >/dev/null 2>&1; then \
	  tools/check-platforms.sh; \
	else \
	  echo "WARNING: rustup could not add the macOS and Windows targets: their files were NOT type-checked."; \
	fi

fmt-check:
	cargo fmt --all --check

clippy: ui/dist/index.html
	cargo clippy --workspace --all-targets --features custom-protocol -- -D warnings

# The core must never depend on Tauri (STYLE.md, practice 1).
check-core-deps:
	@if cargo tree -p habeas-core --edges all --prefix none | grep -i tauri; then \
	  echo "habeas-core depends on Tauri (above): the core must stay free of the shell."; exit 1; \
	fi
	@echo "habeas-core: no tauri in its dependency tree."

ui-check: ui/node_modules/.package-lock.json
	npm run check --prefix ui

ui-lint: ui/node_modules/.package-lock.json
	npm run lint --prefix ui

ui-test: ui/node_modules/.package-lock.json
	@mkdir -p $(LOGS)
	NO_COLOR=1 npm test --prefix ui 2>&1 | tee $(LOGS)/ui-test.log

# Every Rust test, the end-to-end test of the real app included, in one build: the app binary,
# its UI embedded, driven by WebDriver under a virtual display. The e2e test fails (never skips)
# when the display, tauri-driver or WebKitWebDriver is missing.
rust-test: ui/dist/index.html deps-test
	rm -rf target/e2e
	@mkdir -p $(LOGS)
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) cargo test --workspace --features custom-protocol \
	  2>&1 | tee $(LOGS)/rust-test.log
	@ls target/e2e/*.png >/dev/null && echo "Screenshots: target/e2e/"

e2e: ui/dist/index.html deps-test
	TAURI_DRIVER=$(TAURI_DRIVER) $(XVFB) cargo test --features custom-protocol --test e2e

# Coverage-guided fuzzing of evidence files as filing annexes (README, "Fuzzing"). Not part of
# `make test`: it needs nightly Rust and runs for FUZZ_SECONDS.
FUZZ_SECONDS ?= 600
CARGO_FUZZ := $(TOOLS)/bin/cargo-fuzz
$(CARGO_FUZZ):
	cargo install cargo-fuzz --version '^0.13' --locked --root $(TOOLS)

fuzz: $(CARGO_FUZZ)
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@mkdir -p fuzz/corpus/annex
	cp Cargo.lock fuzz/Cargo.lock
	cd fuzz && PATH=$(TOOLS)/bin:$$PATH cargo +nightly fuzz run annex corpus/annex \
	  ../tests/fixtures/evidence ../tests/fixtures/fuzz/annex -- \
	  -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -max_len=200000 -timeout=10

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules
