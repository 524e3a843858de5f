//! A user at the keyboard of the X display the app runs on (Xvfb), for the one thing WebDriver
//! cannot reach: the native GTK file dialog. The test types into it as a person would (Ctrl+L,
//! the path, Enter), through the X server's XTest extension, so the real dialog answers the
//! app, and GTK does with the choice whatever it does for a user (its recent-files list).
//!
//! Xlib and libXtst are C libraries loaded at run time (x11-dl), hence the `unsafe` below; every
//! call takes the display opened here and plain values.

#![allow(
    unsafe_code,
    reason = "Xlib and XTest are C APIs; each call is on the display this module opened"
)]

use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_uint, c_ulong};
use std::time::{Duration, Instant};

use x11_dl::xlib::{self, Xlib};
use x11_dl::xtest::Xf86vmode as Xtest;

/// A keyboard on the display named by `DISPLAY`.
pub struct Keyboard {
    xlib: Xlib,
    xtest: Xtest,
    display: *mut xlib::Display,
}

impl Keyboard {
    /// Connects to the test's X display.
    pub fn open() -> Keyboard {
        let xlib = Xlib::open().expect("libX11 (apt-get install libx11-6)");
        let xtest = Xtest::open().expect("libXtst (apt-get install libxtst6)");
        // SAFETY: a null name means $DISPLAY; the result is checked before any use.
        let display = unsafe { (xlib.XOpenDisplay)(std::ptr::null()) };
        assert!(!display.is_null(), "cannot open the X display $DISPLAY");
        Keyboard {
            xlib,
            xtest,
            display,
        }
    }

    /// Waits (up to `limit`) for a shown top-level window titled `title`, raises it and gives it the
    /// keyboard focus (Xvfb has no window manager to do so).
    pub fn focus_window(&self, title: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(window) = self.find_window(title) {
                // Let GTK finish mapping and laying out the dialog.
                std::thread::sleep(Duration::from_millis(800));
                // SAFETY: the display is open and `window` was just listed by the server.
                unsafe {
                    (self.xlib.XRaiseWindow)(self.display, window);
                    (self.xlib.XSetInputFocus)(
                        self.display,
                        window,
                        xlib::RevertToParent,
                        xlib::CurrentTime,
                    );
                    (self.xlib.XSync)(self.display, xlib::False);
                }
                std::thread::sleep(Duration::from_millis(200));
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no window titled {title:?} appeared within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Whether a window titled `title` is shown.
    pub fn has_window(&self, title: &str) -> bool {
        self.find_window(title).is_some()
    }

    fn find_window(&self, title: &str) -> Option<c_ulong> {
        let mut found = None;
        // SAFETY: XQueryTree fills the four out-parameters; the children list is read within
        // its length and freed once; XFetchName's string is copied and freed.
        unsafe {
            let root = (self.xlib.XDefaultRootWindow)(self.display);
            let (mut root_out, mut parent) = (0, 0);
            let mut children: *mut c_ulong = std::ptr::null_mut();
            let mut count: c_uint = 0;
            if (self.xlib.XQueryTree)(
                self.display,
                root,
                &mut root_out,
                &mut parent,
                &mut children,
                &mut count,
            ) == 0
            {
                return None;
            }
            let len = usize::try_from(count).unwrap_or(0);
            for i in 0..len {
                let window = *children.add(i);
                let mut name: *mut c_char = std::ptr::null_mut();
                if (self.xlib.XFetchName)(self.display, window, &mut name) != 0 && !name.is_null() {
                    let matches = CStr::from_ptr(name).to_string_lossy() == title;
                    (self.xlib.XFree)(name.cast());
                    let mut attributes: xlib::XWindowAttributes = std::mem::zeroed();
                    let shown =
                        (self.xlib.XGetWindowAttributes)(self.display, window, &mut attributes)
                            != 0
                            && attributes.map_state == xlib::IsViewable;
                    if matches && shown {
                        found = Some(window);
                    }
                }
            }
            if !children.is_null() {
                (self.xlib.XFree)(children.cast());
            }
        }
        found
    }

    /// Types `text` into the focused window, a key at a time (Shift where the character needs it).
    pub fn type_text(&self, text: &str) {
        for c in text.chars() {
            let name = match c {
                '/' => "slash".to_owned(),
                '.' => "period".to_owned(),
                '-' => "minus".to_owned(),
                '_' => "underscore".to_owned(),
                ' ' => "space".to_owned(),
                c if c.is_ascii_alphanumeric() => c.to_string(),
                c => panic!("the test keyboard cannot type {c:?}"),
            };
            self.press(&[], &name);
        }
    }

    /// Presses `key` (an X keysym name: "Return", "l") while holding `modifiers`
    /// ("Control_L").
    pub fn press(&self, modifiers: &[&str], key: &str) {
        let (code, shifted) = self.keycode(key);
        let mut held: Vec<u8> = modifiers.iter().map(|m| self.keycode(m).0).collect();
        if shifted {
            held.push(self.keycode("Shift_L").0);
        }
        for m in &held {
            self.key(*m, true);
        }
        self.key(code, true);
        self.key(code, false);
        for m in held.iter().rev() {
            self.key(*m, false);
        }
    }

    /// The keycode that types keysym `name`, and whether it needs Shift.
    fn keycode(&self, name: &str) -> (u8, bool) {
        let c_name = CString::new(name).expect("a keysym name");
        // SAFETY: plain lookups on the open display.
        unsafe {
            let sym = (self.xlib.XStringToKeysym)(c_name.as_ptr());
            assert!(sym != 0, "unknown keysym {name}");
            let code = (self.xlib.XKeysymToKeycode)(self.display, sym);
            assert!(code != 0, "no key types {name} on this display");
            let unshifted = (self.xlib.XKeycodeToKeysym)(self.display, code, 0);
            (code, unshifted != sym)
        }
    }

    fn key(&self, code: u8, down: bool) {
        // SAFETY: a synthetic key event on the open display, flushed at once.
        unsafe {
            (self.xtest.XTestFakeKeyEvent)(
                self.display,
                c_uint::from(code),
                i32::from(down),
                xlib::CurrentTime,
            );
            (self.xlib.XFlush)(self.display);
        }
        std::thread::sleep(Duration::from_millis(15));
    }
}

impl Drop for Keyboard {
    fn drop(&mut self) {
        // SAFETY: the display was opened in `open` and is closed once.
        unsafe {
            (self.xlib.XCloseDisplay)(self.display);
        }
    }
}

/// Answers GTK's "Open File" dialog with `path`, as a person would: Ctrl+L opens the location
/// field, the path is typed, Enter chooses it (again if the completion popup took the first).
pub fn choose_file(path: &std::path::Path) {
    let keyboard = Keyboard::open();
    keyboard.focus_window("Open File", Duration::from_secs(20));
    keyboard.press(&["Control_L"], "l");
    std::thread::sleep(Duration::from_millis(300));
    keyboard.type_text(path.to_str().expect("a UTF-8 path"));
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..3 {
        keyboard.press(&[], "Return");
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if !keyboard.has_window("Open File") {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    panic!("the file dialog did not take {}", path.display());
}
