//! Support for driving the real app: find the tools, start `tauri-driver` on free ports with a
//! private HOME, connect a WebDriver session to the app binary built by Cargo.
//!
//! A missing display, driver or feature is a test failure with a message that says what to
//! install or how to run; never a skip (`make test` must run the end-to-end test for real).

use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Map, Value};

/// Where screenshots go: `target/e2e/`, kept as CI artefacts.
pub fn screenshot_dir() -> PathBuf {
    let target_tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = target_tmp.parent().unwrap_or(target_tmp).join("e2e");
    std::fs::create_dir_all(&dir).expect("create target/e2e");
    dir
}

/// The app under test, and the driver behind it. Dropping it ends the driver (and the app).
pub struct App {
    pub client: Client,
    /// When the WebDriver session was asked for: the app process starts right after.
    pub session_requested: Instant,
    // Dropped in declaration order: the driver stops (and the app with it), then the private
    // D-Bus session and its keyring, then HOME goes.
    _driver: Driver,
    _keyring: PrivateKeyring,
    _home: tempfile::TempDir,
}

/// A private D-Bus session bus with a fresh, unlocked gnome-keyring (Secret Service) on it, so
/// that the app under test can use an OS keyring without ever reaching the real user's one.
struct PrivateKeyring {
    bus_pid: u32,
    address: String,
}

impl PrivateKeyring {
    fn start(home: &Path) -> PrivateKeyring {
        let runtime = home.join("run");
        std::fs::create_dir_all(&runtime).expect("runtime dir");
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .expect("chmod runtime dir");
        let out = Command::new("dbus-daemon")
            .args([
                "--session",
                "--fork",
                "--print-address=1",
                "--print-pid=1",
                "--nopidfile",
            ])
            .envs(private_env(home))
            .output()
            .expect("dbus-daemon (apt-get install dbus; make test does)");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = text.lines();
        let address = lines.next().unwrap_or_default().trim().to_owned();
        let bus_pid = lines.next().unwrap_or_default().trim().parse().unwrap_or(0);
        assert!(
            !address.is_empty() && bus_pid > 0,
            "private D-Bus did not start: {out:?}"
        );
        let keyring = Command::new("sh")
            .args([
                "-c",
                "printf habeas-test | gnome-keyring-daemon --unlock --components=secrets --daemonize",
            ])
            .envs(private_env(home))
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .output()
            .expect("gnome-keyring-daemon (apt-get install gnome-keyring; make test does)");
        assert!(
            keyring.status.success(),
            "gnome-keyring did not start: {keyring:?}"
        );
        PrivateKeyring { bus_pid, address }
    }
}

impl Drop for PrivateKeyring {
    fn drop(&mut self) {
        // gnome-keyring leaves with its bus.
        let _ = Command::new("kill")
            .args(["-TERM", &self.bus_pid.to_string()])
            .status();
    }
}

/// HOME and XDG folders inside `home`, for every process of a test.
pub fn private_env(home: &Path) -> Vec<(&'static str, PathBuf)> {
    vec![
        ("HOME", home.to_path_buf()),
        ("XDG_DATA_HOME", home.join("data")),
        ("XDG_CONFIG_HOME", home.join("config")),
        ("XDG_CACHE_HOME", home.join("cache")),
        ("XDG_RUNTIME_DIR", home.join("run")),
        ("TMPDIR", home.join("tmp")),
        // Read by some programs; GLib and WebKit read `user-dirs.dirs` (written at launch).
        ("XDG_DOWNLOAD_DIR", home.join("Downloads")),
    ]
}

impl App {
    /// Sends a D-Bus signal on the app's private session bus, as a desktop would (`dbus-send`
    /// arguments after `--session --type=signal`).
    pub fn desktop_signal(&self, args: &[&str]) {
        let status = Command::new("dbus-send")
            .args(["--session", "--type=signal"])
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self._keyring.address)
            .status()
            .expect("dbus-send (apt-get install dbus; make test does)");
        assert!(status.success(), "dbus-send {args:?}");
    }

    /// Starts tauri-driver and opens the app in a new WebDriver session.
    pub async fn launch() -> App {
        App::launch_with(&[]).await
    }

    /// Like [`App::launch`], with extra environment variables for the app (for example
    /// `GTK_THEME` to stand for the OS dark setting).
    pub async fn launch_with(env: &[(&str, &str)]) -> App {
        App::try_launch_with(env)
            .await
            .unwrap_or_else(|e| panic!("WebDriver session with the app: {e}"))
    }

    /// Like [`App::launch_with`], handing back WebDriver's refusal instead of failing: a release
    /// build refuses to be driven (`src-tauri/window.rs`, `automation_allowed`).
    pub async fn try_launch_with(
        env: &[(&str, &str)],
    ) -> Result<App, fantoccini::error::NewSessionError> {
        if !cfg!(feature = "custom-protocol") {
            panic!(
                "build the e2e test with `--features custom-protocol`, or the app window loads \
                 devUrl and shows 'Could not connect to localhost' (DESIGN §6); `make test` does this"
            );
        }
        let display = std::env::var("DISPLAY").unwrap_or_default();
        assert!(
            !display.is_empty() || std::env::var_os("WAYLAND_DISPLAY").is_some(),
            "no display: run the end-to-end test under Xvfb, e.g. `xvfb-run -a cargo test \
             --features custom-protocol --test e2e` (`make test` does this)"
        );
        let tauri_driver = find_tool("TAURI_DRIVER", "tauri-driver").expect(
            "tauri-driver not found: set TAURI_DRIVER or put it on PATH \
             (`cargo install tauri-driver --version '^2' --locked`; `make test` does this)",
        );
        let native = find_tool("WEBKIT_WEBDRIVER", "WebKitWebDriver").expect(
            "WebKitWebDriver not found: install Debian's webkit2gtk-driver \
             (`make test` does this)",
        );

        // A private HOME so that the app and WebKit never touch the real user's data.
        let home = tempfile::tempdir().expect("temporary HOME");
        std::fs::create_dir(home.path().join("tmp")).expect("temporary TMPDIR");
        // The download folder, where WebKitGTK saves a download without asking: named the way
        // the desktop names it (xdg-user-dirs), so that GLib and WebKit find it.
        std::fs::create_dir(home.path().join("Downloads")).expect("Downloads");
        std::fs::create_dir(home.path().join("config")).expect("XDG_CONFIG_HOME");
        std::fs::write(
            home.path().join("config/user-dirs.dirs"),
            "XDG_DOWNLOAD_DIR=\"$HOME/Downloads\"\n",
        )
        .expect("user-dirs.dirs");
        let port = free_port();
        let native_port = free_port();
        let keyring = PrivateKeyring::start(home.path());
        let driver = Command::new(&tauri_driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .arg("--native-driver")
            .arg(&native)
            .envs(private_env(home.path()))
            .env("DBUS_SESSION_BUS_ADDRESS", &keyring.address)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", tauri_driver.display()));
        let driver = Driver(driver);
        wait_for_port(port, Duration::from_secs(20));

        let mut caps = Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": application() }),
        );
        caps.insert("browserName".into(), json!("wry"));
        let session_requested = Instant::now();
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await?;
        Ok(App {
            client,
            session_requested,
            _driver: driver,
            _keyring: keyring,
            _home: home,
        })
    }

    /// The private HOME the app runs with (a temporary folder, removed afterwards).
    pub fn home(&self) -> &Path {
        self._home.path()
    }

    /// The download folder of the app's private HOME.
    pub fn downloads(&self) -> PathBuf {
        self.home().join("Downloads")
    }

    /// GTK's recent-files list of the app's private account (`$XDG_DATA_HOME`).
    pub fn recent_files(&self) -> PathBuf {
        self.home().join("data/recently-used.xbel")
    }

    /// Asks the app for evidence files (`evidence_pick`, its native dialog) and answers the
    /// dialog with `path` at the keyboard, as a user would; returns what the command answered
    /// (`{ paths: [...] }` or `{ error: ... }`).
    pub async fn pick_evidence_file(&self, path: &Path) -> Value {
        // Tests run side by side on one X display, and the keyboard finds the dialog by its
        // title: one native dialog at a time, or two tests type into each other's.
        static ONE_DIALOG: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
        let _turn = ONE_DIALOG.lock().await;
        self.eval(
            "window.__picked = undefined;
             window.__TAURI_INTERNALS__.invoke('evidence_pick', { folder: false })
               .then((p) => { window.__picked = { paths: p }; },
                     (e) => { window.__picked = { error: e }; });
             return true;",
        )
        .await;
        let chosen = path.to_path_buf();
        tokio::task::spawn_blocking(move || crate::keyboard::choose_file(&chosen))
            .await
            .expect("the keyboard");
        self.eval_async(
            "let n = 0;
             const poll = () => window.__picked !== undefined ? done(window.__picked)
               : n++ > 200 ? done({ timeout: true }) : setTimeout(poll, 50);
             poll();",
        )
        .await
    }

    /// Types `text` into the input matching `css` (after clearing it).
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.wait_for(css).await;
        input
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear {css}: {e}"));
        input
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Whether an element matching `css` exists right now.
    pub async fn exists(&self, css: &str) -> bool {
        let script = format!("return document.querySelector('{css}') !== null");
        self.eval(&script).await == serde_json::Value::Bool(true)
    }

    /// Waits for an element, up to 15 s.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("element {css} never appeared: {e}"))
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    /// Clicks the first element matching `css`.
    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Runs an async script (`done` is its callback, e.g. `invoke(…).then(done)`) and returns
    /// what it passes to `done`.
    pub async fn eval_async(&self, script: &str) -> Value {
        let wrapped = format!("const done = arguments[arguments.length - 1];\n{script}");
        self.client
            .execute_async(&wrapped, vec![])
            .await
            .unwrap_or_else(|e| panic!("{script}: {e}"))
    }

    /// Saves a screenshot as `target/e2e/<name>.png` once the page has painted: two animation
    /// frames and 250 ms, or WebKit may hand back a blank or stale frame (DESIGN §6).
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)));",
                vec![],
            )
            .await
            .expect("wait for paint");
        let png = self.client.screenshot().await.expect("screenshot");
        assert!(png.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        let path = screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write screenshot");
        path
    }

    /// Ends the session (closing the app) and the driver, and hands back the private HOME
    /// (vault, WebKit data and cache, TMPDIR) for inspection.
    pub async fn quit(self) -> tempfile::TempDir {
        let App {
            client,
            session_requested: _,
            _driver,
            _keyring,
            _home,
        } = self;
        let _ = client.close().await;
        drop(_driver);
        drop(_keyring);
        _home
    }
}

/// Ends tauri-driver with SIGTERM, so that it stops WebKitWebDriver and the app behind it.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if matches!(self.0.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// On Settings, waits for the About section to show either the core's answer or an error, and
/// fails with the error's text if the UI could not reach the core.
pub async fn assert_core_reached(app: &App) {
    let answer = app
        .wait_for("[data-testid=core-version], [data-testid=error]")
        .await;
    if answer.attr("data-testid").await.ok().flatten().as_deref() == Some("error") {
        let text = answer.text().await.unwrap_or_default();
        panic!("the UI could not reach the core: {text}");
    }
}

/// Every file under `root`.
pub fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// Files under `root` that contain `needle` (not empty), as UTF-8 or UTF-16LE bytes.
pub fn files_containing(root: &Path, needle: &str) -> Vec<PathBuf> {
    assert!(!needle.is_empty());
    let utf16: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    all_files(root)
        .into_iter()
        .filter(|path| {
            let bytes = std::fs::read(path).unwrap_or_default();
            let found = |n: &[u8]| bytes.windows(n.len()).any(|w| w == n);
            found(needle.as_bytes()) || found(&utf16)
        })
        .collect()
}

/// The app binary to drive: `HABEAS_APP` when set (the packaged app, unpacked from the .deb by
/// `make package-test`), else the one Cargo built for this test.
pub fn application() -> PathBuf {
    match std::env::var_os("HABEAS_APP") {
        Some(path) => {
            let path = PathBuf::from(path);
            assert!(
                path.is_file(),
                "HABEAS_APP names no file: {} (`make package-test` unpacks the .deb there)",
                path.display()
            );
            path
        }
        None => PathBuf::from(env!("CARGO_BIN_EXE_habeas-desktop")),
    }
}

fn find_tool(env_var: &str, name: &str) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(env_var).map(PathBuf::from) {
        return path.is_file().then_some(path);
    }
    std::env::var_os("PATH")
        .map(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .find(|candidate| candidate.is_file())
}

fn free_port() -> u16 {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

fn wait_for_port(port: u16, limit: Duration) {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("tauri-driver did not listen on port {port} within {limit:?}");
}
