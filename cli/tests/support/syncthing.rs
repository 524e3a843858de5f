//! Real Syncthing instances for the sync tests (issue 20): Debian's `syncthing`, each with its own
//! home, talking on 127.0.0.1 only (no discovery, relays, NAT traversal, usage reports or
//! upgrades), configured through its REST API (docs.syncthing.net/dev/rest.html).

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// One running Syncthing, killed when dropped.
pub(crate) struct Syncthing {
    child: Child,
    home: tempfile::TempDir,
    gui: u16,
    listen: u16,
    api_key: String,
    /// This instance's device id, as Syncthing computed it from its certificate.
    pub(crate) id: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

/// The `syncthing` binary: `SYNCTHING` if set, else the one on PATH (Debian's package; `make
/// test` installs it). A missing binary fails the test: it never skips.
fn binary() -> PathBuf {
    if let Some(p) = std::env::var_os("SYNCTHING") {
        return PathBuf::from(p);
    }
    for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        let p = dir.join("syncthing");
        if p.is_file() {
            return p;
        }
    }
    panic!("syncthing not found: install Debian's syncthing (`make test` does) or set SYNCTHING")
}

/// Sets `<tag>…</tag>` (its first occurrence) in Syncthing's config.xml.
fn set_tag(xml: &str, tag: &str, value: &str) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = xml
        .find(&open)
        .unwrap_or_else(|| panic!("config.xml has no <{tag}>"));
    let end = start + xml[start..].find(&close).expect("closing tag");
    format!("{}{open}{value}{}", &xml[..start], &xml[end..])
}

impl Syncthing {
    /// Generates a fresh identity and configuration, locked to loopback, and starts it.
    pub(crate) fn start() -> Syncthing {
        let home = tempfile::tempdir().expect("syncthing home");
        let bin = binary();
        let out = Command::new(&bin)
            .args(["generate", "--no-default-folder", "--skip-port-probing"])
            .arg(format!("--home={}", home.path().display()))
            .env("HOME", home.path())
            .output()
            .expect("run syncthing generate");
        assert!(out.status.success(), "syncthing generate: {out:?}");

        let (gui, listen) = (free_port(), free_port());
        let api_key = format!("habeas-test-{gui}-{listen}");
        let path = home.path().join("config.xml");
        let mut xml = std::fs::read_to_string(&path).expect("config.xml");
        // The GUI/REST address and key are given on the command line (below).
        xml = set_tag(&xml, "listenAddress", &format!("tcp://127.0.0.1:{listen}"));
        for (tag, value) in [
            ("globalAnnounceEnabled", "false"),
            ("localAnnounceEnabled", "false"),
            ("relaysEnabled", "false"),
            ("natEnabled", "false"),
            ("urAccepted", "-1"),
            ("autoUpgradeIntervalH", "0"),
            ("crashReportingEnabled", "false"),
            ("startBrowser", "false"),
        ] {
            if xml.contains(&format!("<{tag}>")) {
                xml = set_tag(&xml, tag, value);
            }
        }
        std::fs::write(&path, xml).expect("write config.xml");

        let child = Command::new(&bin)
            .args(["serve", "--no-browser", "--no-restart", "--no-upgrade"])
            .arg(format!("--home={}", home.path().display()))
            .arg(format!(
                "--logfile={}",
                home.path().join("syncthing.log").display()
            ))
            .arg(format!("--gui-address=http://127.0.0.1:{gui}"))
            .arg(format!("--gui-apikey={api_key}"))
            .env("HOME", home.path())
            .env("STNOUPGRADE", "1")
            .env("STNORESTART", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start syncthing");
        let mut st = Syncthing {
            child,
            home,
            gui,
            listen,
            api_key,
            id: String::new(),
        };
        let status = st.wait_for(Duration::from_secs(60), "the REST API answers", |st| {
            st.try_get("/rest/system/status")
        });
        st.id = status["myID"].as_str().expect("myID").to_owned();
        st
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.gui)
    }

    fn try_get(&self, path: &str) -> Option<Value> {
        ureq::get(&self.url(path))
            .set("X-API-Key", &self.api_key)
            .timeout(Duration::from_secs(10))
            .call()
            .ok()?
            .into_json()
            .ok()
    }

    pub(crate) fn get(&self, path: &str) -> Value {
        match ureq::get(&self.url(path))
            .set("X-API-Key", &self.api_key)
            .timeout(Duration::from_secs(10))
            .call()
        {
            Ok(r) => r.into_json().expect("JSON from syncthing"),
            Err(e) => panic!("GET {path}: {e}\n{}", self.log_tail()),
        }
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) {
        let req = ureq::request(method, &self.url(path))
            .set("X-API-Key", &self.api_key)
            .timeout(Duration::from_secs(10));
        let res = match body {
            Some(b) => req.send_json(b),
            None => req.call(),
        };
        if let Err(e) = res {
            panic!("{method} {path}: {e}\n{}", self.log_tail());
        }
    }

    /// The last lines of this instance's log, for a failure message.
    pub(crate) fn log_tail(&self) -> String {
        let log =
            std::fs::read_to_string(self.home.path().join("syncthing.log")).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    /// Polls `probe` until it gives a value, or fails the test naming `what`.
    fn wait_for<T>(&self, limit: Duration, what: &str, probe: impl Fn(&Self) -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = probe(self) {
                return v;
            }
            assert!(
                start.elapsed() < limit,
                "syncthing: waited {limit:?} for {what}\n{}",
                self.log_tail()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// Makes `other` a known device, reachable only at its loopback address.
    pub(crate) fn add_device(&self, other: &Syncthing) {
        self.send(
            "POST",
            "/rest/config/devices",
            Some(json!({
                "deviceID": other.id,
                "name": format!("peer-{}", other.listen),
                "addresses": [format!("tcp://127.0.0.1:{}", other.listen)],
                "autoAcceptFolders": false,
            })),
        );
    }

    /// Shares `path` as folder `folder` with `peers`, watching for changes with a short delay.
    pub(crate) fn share_folder(&self, folder: &str, path: &Path, peers: &[&Syncthing]) {
        let mut devices = vec![json!({ "deviceID": self.id })];
        devices.extend(peers.iter().map(|p| json!({ "deviceID": p.id })));
        self.send(
            "PUT",
            &format!("/rest/config/folders/{folder}"),
            Some(json!({
                "id": folder,
                "label": folder,
                "path": path,
                "type": "sendreceive",
                "devices": devices,
                "rescanIntervalS": 3600,
                "fsWatcherEnabled": true,
                "fsWatcherDelayS": 1,
            })),
        );
    }

    /// Stops exchanging with `other` (as if the devices were apart), until `resume`.
    pub(crate) fn pause(&self, other: &Syncthing) {
        self.send(
            "POST",
            &format!("/rest/system/pause?device={}", other.id),
            None,
        );
    }

    pub(crate) fn resume(&self, other: &Syncthing) {
        self.send(
            "POST",
            &format!("/rest/system/resume?device={}", other.id),
            None,
        );
    }

    /// Asks for a rescan of `folder` now rather than when the watcher fires.
    pub(crate) fn scan(&self, folder: &str) {
        self.send("POST", &format!("/rest/db/scan?folder={folder}"), None);
    }

    /// Whether this instance has scanned `folder`, is idle, needs nothing, and `other` has
    /// everything of it (as this instance knows), at `other`'s latest announced state.
    fn synced_with(&self, folder: &str, other: &Syncthing) -> bool {
        let Some(status) = self.try_get(&format!("/rest/db/status?folder={folder}")) else {
            return false;
        };
        let Some(completion) = self.try_get(&format!(
            "/rest/db/completion?folder={folder}&device={}",
            other.id
        )) else {
            return false;
        };
        status["state"] == "idle"
            && status["needTotalItems"] == 0
            && status["pullErrors"] == 0
            && completion["completion"].as_f64() == Some(100.0)
            && completion["needItems"] == 0
            && completion["needDeletes"] == 0
    }

    /// Waits until `a` and `b` both hold the same, complete version of `folder`.
    pub(crate) fn wait_until_in_sync(a: &Syncthing, b: &Syncthing, folder: &str, limit: Duration) {
        a.scan(folder);
        b.scan(folder);
        let start = Instant::now();
        // Both sides must report completion on two polls in a row, so that a change announced
        // between the two queries is not missed.
        let mut in_a_row = 0;
        while in_a_row < 2 {
            if a.synced_with(folder, b) && b.synced_with(folder, a) {
                let (sa, sb) = (
                    a.get(&format!("/rest/db/status?folder={folder}")),
                    b.get(&format!("/rest/db/status?folder={folder}")),
                );
                if sa["globalFiles"] == sb["globalFiles"]
                    && sa["localFiles"] == sa["globalFiles"]
                    && sb["localFiles"] == sb["globalFiles"]
                    && sa["globalBytes"] == sb["globalBytes"]
                {
                    in_a_row += 1;
                } else {
                    in_a_row = 0;
                }
            } else {
                in_a_row = 0;
            }
            assert!(
                start.elapsed() < limit,
                "syncthing: folder {folder} not in sync after {limit:?}\n--- a ---\n{}\n--- b ---\n{}",
                a.log_tail(),
                b.log_tail()
            );
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Whether the two instances are connected to each other now.
    pub(crate) fn connected_to(&self, other: &Syncthing) -> bool {
        self.try_get("/rest/system/connections")
            .is_some_and(|c| c["connections"][&other.id]["connected"] == true)
    }

    pub(crate) fn wait_connected(a: &Syncthing, b: &Syncthing, limit: Duration) {
        a.wait_for(limit, "the two devices to connect", |a| {
            (a.connected_to(b) && b.connected_to(a)).then_some(())
        });
    }
}

impl Drop for Syncthing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
