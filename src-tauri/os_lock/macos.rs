//! macOS: `NSWorkspace` posts when the Mac is about to sleep (`WillSleep`), when its displays
//! sleep (`ScreensDidSleep`, which the lid closing and the screen saver's lock follow) and when
//! the user's session is switched away (`SessionDidResignActive`: fast user switching, the login
//! window). The screen lock itself is posted on the distributed notification center as
//! `com.apple.screenIsLocked`: not documented by Apple, but stable for many releases and what
//! lock-aware apps listen for; the documented ones above cover a lock that comes with sleep.
//!
//! The observers run on the main thread (the workspace posts there; a queue-less observer runs
//! where the notification is posted), and lock before returning: the Mac waits for the
//! `WillSleep` observers, so the keys are gone before it sleeps. They live as long as the app.

#![allow(
    unsafe_code,
    reason = "AppKit and Foundation are Objective-C APIs: their calls are unsafe"
)]

use std::ptr::NonNull;

use block2::RcBlock;
use objc2_app_kit::{
    NSWorkspace, NSWorkspaceScreensDidSleepNotification,
    NSWorkspaceSessionDidResignActiveNotification, NSWorkspaceWillSleepNotification,
};
use objc2_foundation::{NSDistributedNotificationCenter, NSNotification, NSString};

pub(super) fn watch(lock: &super::Locker) {
    let workspace = NSWorkspace::sharedWorkspace().notificationCenter();
    // SAFETY: the three names are constant NSString statics exported by AppKit.
    let workspace_names = unsafe {
        [
            (NSWorkspaceWillSleepNotification, "sleep"),
            (NSWorkspaceScreensDidSleepNotification, "screen_locked"),
            (
                NSWorkspaceSessionDidResignActiveNotification,
                "screen_locked",
            ),
        ]
    };
    for (name, why) in workspace_names {
        let lock = lock.clone();
        let block = RcBlock::new(move |_: NonNull<NSNotification>| lock(why));
        // SAFETY: no sender filter and no queue (the block runs on the posting thread); the
        // block only calls the `Send + Sync` locker.
        let observer = unsafe {
            workspace.addObserverForName_object_queue_usingBlock(Some(name), None, None, &block)
        };
        // The observer is removed only with the app.
        std::mem::forget(observer);
    }
    let distributed = NSDistributedNotificationCenter::defaultCenter();
    let screen_locked = NSString::from_str("com.apple.screenIsLocked");
    let lock = lock.clone();
    let block = RcBlock::new(move |_: NonNull<NSNotification>| lock("screen_locked"));
    // SAFETY: as above.
    let observer = unsafe {
        distributed.addObserverForName_object_queue_usingBlock(
            Some(&screen_locked),
            None,
            None,
            &block,
        )
    };
    std::mem::forget(observer);
}
