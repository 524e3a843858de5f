//! What the display shows, read from outside the app: the packaged release refuses WebDriver,
//! so "the unlock screen is drawn" is seen in the X server's pixels (XGetImage of the root
//! window), the way a user sees it.
//!
//! The method (BENCHMARKS.md, "cold start"): capture the screen every few milliseconds from the
//! launch until it has stayed settled for a while; the settled look is the set of frames seen in
//! the last second (a blinking caret gives two); the app is drawn at the first frame that looks
//! settled. No timed assert: the figure is printed for BENCHMARKS.md.

#![allow(
    unsafe_code,
    reason = "Xlib is a C API loaded at run time (x11-dl); each call is on the display this module opened"
)]

use std::collections::HashSet;
use std::time::{Duration, Instant};

use x11_dl::xlib::{self, Xlib};

/// One capture: when it was taken (since the watch started), a hash of its pixels, and how many
/// distinct colours a sample of its pixels holds (a blank window has one or two).
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub at: Duration,
    pub hash: u64,
    pub colours: usize,
}

/// The display named by `DISPLAY`, watched.
pub struct ScreenWatch {
    xlib: Xlib,
    display: *mut xlib::Display,
    started: Instant,
}

impl ScreenWatch {
    /// Connects to the test's X display; times are counted from `started` (the launch).
    pub fn open(started: Instant) -> ScreenWatch {
        let xlib = Xlib::open().expect("libX11 (apt-get install libx11-6)");
        // SAFETY: a null name means $DISPLAY; the result is checked before any use.
        let display = unsafe { (xlib.XOpenDisplay)(std::ptr::null()) };
        assert!(!display.is_null(), "cannot open the X display $DISPLAY");
        ScreenWatch {
            xlib,
            display,
            started,
        }
    }

    /// The same watch, its times counted from `started`.
    pub fn counting_from(mut self, started: Instant) -> ScreenWatch {
        self.started = started;
        self
    }

    /// The whole screen, now.
    pub fn capture(&self) -> Frame {
        // SAFETY: the display is open; the image is checked for null, read within its own
        // bytes_per_line × height, and destroyed once.
        unsafe {
            let screen = (self.xlib.XDefaultScreen)(self.display);
            let root = (self.xlib.XRootWindow)(self.display, screen);
            let width = (self.xlib.XDisplayWidth)(self.display, screen);
            let height = (self.xlib.XDisplayHeight)(self.display, screen);
            let image = (self.xlib.XGetImage)(
                self.display,
                root,
                0,
                0,
                u32::try_from(width).expect("screen width"),
                u32::try_from(height).expect("screen height"),
                (self.xlib.XAllPlanes)(),
                xlib::ZPixmap,
            );
            let at = self.started.elapsed();
            assert!(!image.is_null(), "XGetImage of the root window failed");
            let len = usize::try_from((*image).bytes_per_line * (*image).height).expect("size");
            let bytes = std::slice::from_raw_parts((*image).data.cast::<u8>(), len);
            // Every third pixel, FNV-1a: quick enough in a debug build to capture every few
            // tens of milliseconds, and any drawn change spans more than three pixels.
            let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
            for pixel in bytes.chunks_exact(4).step_by(3) {
                for byte in pixel {
                    hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
                }
            }
            let colours: HashSet<&[u8]> = bytes.chunks_exact(4).step_by(61).collect();
            let frame = Frame {
                at,
                hash,
                colours: colours.len(),
            };
            (self.xlib.XDestroyImage)(image);
            frame
        }
    }

    /// Captures, every `every`, until the screen shows a drawn page (at least `drawn_colours`
    /// distinct colours in the sample: an empty window has one or two) and has not shown a new
    /// look for `settled_for`; or until `limit` has passed since the start.
    pub fn until_settled(
        &self,
        every: Duration,
        settled_for: Duration,
        drawn_colours: usize,
        limit: Duration,
    ) -> Vec<Frame> {
        let mut frames: Vec<Frame> = Vec::new();
        let mut seen: HashSet<u64> = HashSet::new();
        let mut last_new = Duration::ZERO;
        loop {
            let frame = self.capture();
            if seen.insert(frame.hash) {
                last_new = frame.at;
            }
            frames.push(frame);
            let settled =
                frame.colours >= drawn_colours && frame.at.saturating_sub(last_new) >= settled_for;
            if settled || frame.at >= limit {
                return frames;
            }
            std::thread::sleep(every);
        }
    }
}

impl Drop for ScreenWatch {
    fn drop(&mut self) {
        // SAFETY: opened in `open`, closed once here.
        unsafe {
            (self.xlib.XCloseDisplay)(self.display);
        }
    }
}

/// The settled look: the looks seen in the last `window` of the frames.
pub fn settled_looks(frames: &[Frame], window: Duration) -> HashSet<u64> {
    let end = frames.last().map_or(Duration::ZERO, |f| f.at);
    frames
        .iter()
        .filter(|f| end.saturating_sub(f.at) <= window)
        .map(|f| f.hash)
        .collect()
}

/// When the screen first showed a settled look: the app drawn as it stays.
pub fn first_settled(frames: &[Frame], window: Duration) -> Option<Frame> {
    let looks = settled_looks(frames, window);
    frames.iter().copied().find(|f| looks.contains(&f.hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(ms: u64, hash: u64) -> Frame {
        Frame {
            at: Duration::from_millis(ms),
            hash,
            colours: 2,
        }
    }

    #[test]
    fn the_first_settled_frame_is_the_first_that_looks_like_the_end() {
        // blank, half-drawn, drawn with caret on, caret off, on, off …
        let frames = [
            frame(0, 1),
            frame(100, 2),
            frame(250, 3),
            frame(300, 4),
            frame(800, 3),
            frame(1300, 4),
            frame(1800, 3),
        ];
        let drawn = first_settled(&frames, Duration::from_millis(1000)).unwrap();
        assert_eq!(drawn.at, Duration::from_millis(250));
        // A look seen early and never again is not the settled look.
        let frames = [frame(0, 7), frame(10, 8), frame(2000, 9), frame(3000, 9)];
        let drawn = first_settled(&frames, Duration::from_millis(1000)).unwrap();
        assert_eq!(drawn.at, Duration::from_millis(2000));
    }
}
