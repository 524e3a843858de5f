//! Windows: a hidden top-level window of our own, on a thread of its own, receives the session
//! change that says the workstation locked (`WM_WTSSESSION_CHANGE` / `WTS_SESSION_LOCK`, after
//! `WTSRegisterSessionNotification`), and the power broadcast that says the computer is about to
//! suspend (`WM_POWERBROADCAST` / `PBT_APMSUSPEND`; Windows allows about two seconds). A
//! message-only window would miss the broadcast, so the window is a real one that is never
//! shown. On "modern standby" laptops there is no suspend message, but closing the lid locks
//! the session first, which is caught.

#![allow(
    unsafe_code,
    reason = "the window and its messages are Win32 C APIs: their calls are unsafe"
)]

use std::sync::OnceLock;

use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::System::RemoteDesktop::{
    WTSRegisterSessionNotification, NOTIFY_FOR_THIS_SESSION,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, RegisterClassW,
    TranslateMessage, MSG, PBT_APMSUSPEND, WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WNDCLASSW,
    WTS_SESSION_LOCK,
};

/// The locker, for the window procedure (which Windows calls with no context of ours).
static LOCKER: OnceLock<super::Locker> = OnceLock::new();

pub(super) fn watch(lock: &super::Locker) {
    if LOCKER.set(lock.clone()).is_err() {
        return;
    }
    let _ = std::thread::Builder::new()
        .name("habeas-os-lock".into())
        // SAFETY: `listen` only makes Win32 calls with pointers to its own locals.
        .spawn(|| unsafe { listen() });
}

/// What a message says, if it says the computer is locking or going to sleep.
fn reason(message: u32, wparam: WPARAM) -> Option<&'static str> {
    let event = u32::try_from(wparam).ok()?;
    match message {
        WM_WTSSESSION_CHANGE if event == WTS_SESSION_LOCK => Some("screen_locked"),
        WM_POWERBROADCAST if event == PBT_APMSUSPEND => Some("sleep"),
        _ => None,
    }
}

unsafe extern "system" fn window_proc(
    window: HWND,
    message: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    if let (Some(why), Some(lock)) = (reason(message, wparam), LOCKER.get()) {
        lock(why);
    }
    // SAFETY: the arguments are the ones Windows passed in.
    unsafe { DefWindowProcW(window, message, wparam, lparam) }
}

/// Creates the hidden window and runs its message loop for the life of the app. Gives up
/// quietly (no locking on sleep, as on a system that does not say) if any step fails.
unsafe fn listen() {
    let class_name: Vec<u16> = "HabeasOsLock\0".encode_utf16().collect();
    // SAFETY: a null name asks for the module of the running program.
    let instance = unsafe { GetModuleHandleW(std::ptr::null()) };
    // SAFETY: all-zero is a valid WNDCLASSW (no icon, cursor, brush, menu).
    let mut class: WNDCLASSW = unsafe { std::mem::zeroed() };
    class.lpfnWndProc = Some(window_proc);
    class.hInstance = instance;
    class.lpszClassName = class_name.as_ptr();
    // SAFETY: `class` and the name it points to outlive the call.
    if unsafe { RegisterClassW(&class) } == 0 {
        return;
    }
    // SAFETY: the class was registered above; no parent, menu or creation data.
    let window = unsafe {
        CreateWindowExW(
            0,
            class_name.as_ptr(),
            class_name.as_ptr(),
            0,
            0,
            0,
            0,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            instance,
            std::ptr::null(),
        )
    };
    if window.is_null() {
        return;
    }
    // SAFETY: `window` is ours and alive. Without it only the suspend message is received.
    let _ = unsafe { WTSRegisterSessionNotification(window, NOTIFY_FOR_THIS_SESSION) };
    // SAFETY: all-zero is a valid MSG to be filled in.
    let mut message: MSG = unsafe { std::mem::zeroed() };
    // SAFETY: `message` is ours; the loop ends when the thread's queue is told to quit or fails.
    while unsafe { GetMessageW(&mut message, std::ptr::null_mut(), 0, 0) } > 0 {
        unsafe {
            TranslateMessage(&message);
            DispatchMessageW(&message);
        }
    }
}
