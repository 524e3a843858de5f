//! Issue 21.11 and 21.12, in the real app: every screen checked by axe-core (the standard
//! accessibility checker, injected into the webview over WebDriver), a case walked through from
//! the keyboard alone (create it, complete the person, add an event, reach the filing), the
//! dialogs holding and returning focus, and a screenshot of each screen at 1280×800 and
//! 1024×700, in the light and the dark theme (the app follows the OS setting, here GTK's).
//!
//! One app session per theme walks every screen, so the check costs two launches.

use std::time::Duration;

use serde_json::{json, Value};

use super::{fill_new_vault, recovery_key_shown};
use crate::support::App;

/// The two window sizes the issue asks for: a common laptop and a small one.
const SIZES: [(u32, u32); 2] = [(1280, 800), (1024, 700)];

/// WebDriver's key codes (W3C WebDriver §17.4.2).
const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";
const ARROW_RIGHT: &str = "\u{E014}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_is_accessible_in_the_light_theme() {
    let app = App::launch().await;
    walk(&app, "light").await;
    let _ = app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_is_accessible_in_the_dark_theme() {
    let app = App::launch_with(&[("GTK_THEME", "Adwaita:dark")]).await;
    walk(&app, "dark").await;
    let _ = app.quit().await;
}

/// The axe violations found so far, screen by screen: the test lists them all at the end
/// rather than stopping at the first screen, so one run shows everything to fix.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    /// Runs axe-core on the page as it is now, keeps its serious and critical violations, and
    /// takes the screenshots of this screen.
    async fn screen(&mut self, app: &App, theme: &str, name: &str) {
        inject_axe(app).await;
        let found = app
            .eval_async(
                "axe.run(document, { resultTypes: ['violations'] }).then(
                   (r) => done(r.violations
                     .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                     .map((v) => `${v.impact} ${v.id}: ${v.help}\\n` + v.nodes.slice(0, 6)
                       .map((n) => `      at ${n.target.join(' ')}: `
                         + (n.failureSummary || '').replace(/\\s+/g, ' '))
                       .join('\\n'))),
                   (e) => done([`axe did not run: ${e}`]));",
            )
            .await;
        for v in found.as_array().into_iter().flatten() {
            self.0
                .push(format!("[{theme}] {name}: {}", v.as_str().unwrap_or("?")));
        }
        screenshots(app, theme, name).await;
    }

    fn assert_none(&self) {
        assert!(
            self.0.is_empty(),
            "axe-core found {} serious or critical violation(s):\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

/// Puts axe-core into the page once (it stays until the page reloads). Read from the UI's
/// `node_modules` (a pinned dev dependency in ui/package.json, installed by `npm ci`).
async fn inject_axe(app: &App) {
    if app.eval("return typeof window.axe === 'object'").await == json!(true) {
        return;
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/ui/node_modules/axe-core/axe.min.js"
    );
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{path}: {e}: install the UI's dependencies (`npm ci --prefix ui`; make test does)")
    });
    app.eval(&format!("{source}\nreturn true;")).await;
    assert_eq!(
        app.eval("return typeof window.axe === 'object'").await,
        json!(true)
    );
}

/// The check can fail: a button with no name, put into the page for a moment, is reported as
/// the critical violation it is (WCAG 4.1.2), so an empty report means axe looked.
async fn axe_can_fail(app: &App) {
    inject_axe(app).await;
    let found = app
        .eval_async(
            "const b = document.createElement('button'); document.body.append(b);
             axe.run(document, { resultTypes: ['violations'] }).then(
               (r) => { b.remove(); done(r.violations.filter((v) => v.impact === 'critical')
                 .map((v) => v.id)); },
               (e) => { b.remove(); done([`axe did not run: ${e}`]); });",
        )
        .await;
    assert_eq!(
        found,
        json!(["button-name"]),
        "axe reports a nameless button"
    );
}

/// A screenshot of the screen at each size, `target/e2e/a11y-<theme>-<name>-<width>.png`, the
/// window put back to the first size afterwards.
async fn screenshots(app: &App, theme: &str, name: &str) {
    for (width, height) in SIZES {
        resize(app, width, height).await;
        app.screenshot(&format!("a11y-{theme}-{name}-{width}"))
            .await;
    }
    resize(app, SIZES[0].0, SIZES[0].1).await;
}

async fn resize(app: &App, width: u32, height: u32) {
    app.client
        .set_window_size(width, height)
        .await
        .unwrap_or_else(|e| panic!("resize to {width}×{height}: {e}"));
    // The window manager-less Xvfb applies the size at once; the page lays out on the next frame.
    for _ in 0..40 {
        if app.eval("return window.innerWidth").await == json!(width) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "the window did not take the width {width}: {}",
        app.eval("return window.innerWidth").await
    );
}

/// Presses `keys` in the focused element, as a keyboard would.
async fn press(app: &App, keys: &str) {
    app.client
        .active_element()
        .await
        .expect("a focused element")
        .send_keys(keys)
        .await
        .unwrap_or_else(|e| panic!("press {keys:?}: {e}"));
}

/// What has the focus, for messages: its test id, else its tag and text.
async fn focused(app: &App) -> Value {
    app.eval(
        "const e = document.activeElement;
         return e ? (e.dataset.testid || e.id || `${e.tagName} ${(e.textContent || '').trim().slice(0, 30)}`) : null;",
    )
    .await
}

/// Presses Tab until the element matching `css` has the focus (at most `limit` times), as a
/// keyboard user moves through the screen; fails with the path taken if it is never reached.
async fn tab_to(app: &App, css: &str, limit: usize) {
    let check = format!("return document.activeElement?.matches({css:?}) === true");
    let mut path = Vec::new();
    for _ in 0..limit {
        if app.eval(&check).await == json!(true) {
            return;
        }
        press(app, TAB).await;
        path.push(focused(app).await);
    }
    if app.eval(&check).await != json!(true) {
        panic!("{css} is not reached by Tab in {limit} presses; the focus went {path:?}");
    }
}

/// Types `text` into the focused field.
async fn type_here(app: &App, text: &str) {
    press(app, text).await;
}

/// The whole walk, in one session: the vault screen, the recovery key, the case list, a case
/// created and completed at the keyboard, each of its tabs, the delete dialog, the shortcuts
/// dialog, Settings and, once locked, the unlock form. Fails at the end with every violation
/// found.
async fn walk(app: &App, theme: &str) {
    const PASSPHRASE: &str = "correct horse battery staple";
    let mut findings = Findings::default();
    resize(app, SIZES[0].0, SIZES[0].1).await;

    app.wait_for("[data-testid=vault-form-create]").await;
    axe_can_fail(app).await;
    findings.screen(app, theme, "01-create-vault").await;
    fill_new_vault(app, &app.home().join("Vault"), PASSPHRASE).await;
    app.click("[data-testid=create]").await;
    let key = recovery_key_shown(app).await;
    findings.screen(app, theme, "02-recovery-key").await;
    app.type_into("[data-testid=recovery-confirm]", &key[35..])
        .await;
    app.click("[data-testid=recovery-confirm-submit]").await;
    app.wait_for("[data-testid=first-case]").await;
    findings.screen(app, theme, "03-first-case").await;

    // From here on, the keyboard alone: the first case, from the vault screen's next step.
    app.eval("document.activeElement?.blur(); return true")
        .await;
    tab_to(app, "[data-testid=first-case]", 30).await;
    press(app, ENTER).await;
    app.wait_for("[data-testid=case-new-form]").await;
    tab_to(app, "[data-testid=case-new-latin]", 30).await;
    type_here(app, "Keyboard Only Walker").await;
    findings.screen(app, theme, "04-new-case").await;
    press(app, ENTER).await;
    app.wait_for("[data-testid=person-form]").await;
    findings.screen(app, theme, "05-case-overview").await;

    // The person: the birth place, saved from the keyboard.
    tab_to(app, "#p-place", 60).await;
    type_here(app, "Izmir").await;
    tab_to(app, "[data-testid=person-save]", 60).await;
    press(app, ENTER).await;
    app.wait_for("[data-testid=person-save-status] .saved")
        .await;

    // The tabs: reach the selected tab, then the arrow keys move along them.
    let tab_order = [
        "alerts",
        "timeline",
        "checklist",
        "evidence",
        "filings",
        "travel",
        "history",
    ];
    app.eval("document.querySelector('h1').focus(); return true")
        .await;
    tab_to(app, "[role=tab][aria-selected=true]", 60).await;
    for (i, tab) in tab_order.iter().enumerate() {
        press(app, ARROW_RIGHT).await;
        app.wait_for(&format!("[data-testid=tab-{tab}][aria-selected=true]"))
            .await;
        assert_eq!(focused(app).await, json!(format!("tab-{tab}")));
        findings
            .screen(app, theme, &format!("{:02}-tab-{tab}", 6 + i))
            .await;
        if *tab == "timeline" {
            // An event, from the keyboard: the form, a kind, a date typed as written, saved.
            tab_to(app, "[data-testid=event-add]", 40).await;
            press(app, ENTER).await;
            app.wait_for("[data-testid=event-form]").await;
            tab_to(app, "[data-testid=event-kind]", 20).await;
            // A closed select takes the first letters of an option, as at any desktop.
            type_here(app, "Provisional arrest").await;
            assert_eq!(
                app.eval("return document.querySelector('[data-testid=event-kind]').value")
                    .await,
                json!("provisional_arrest")
            );
            tab_to(app, "[data-testid=event-date]", 20).await;
            type_here(app, "2026-03-02").await;
            tab_to(app, "[data-testid=event-country]", 20).await;
            type_here(app, "Italy").await;
            findings.screen(app, theme, "07b-event-form").await;
            tab_to(app, "[data-testid=event-save]", 30).await;
            press(app, ENTER).await;
            app.wait_for("[data-testid=event-row]").await;
            // Issue 21.11: no label of the chart is cut by its edges (this event, months ago,
            // sits at the left end).
            let cut = app
                .eval(
                    "const svg = document.querySelector('[data-testid=timeline-chart] svg');
                     svg.scrollIntoView();
                     const w = svg.viewBox.baseVal.width;
                     return [...svg.querySelectorAll('text')]
                       .filter((t) => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > w; })
                       .map((t) => t.textContent);",
                )
                .await;
            assert_eq!(cut, json!([]), "chart labels cut by the edge");
            findings.screen(app, theme, "07c-timeline-event").await;
            back_to_tab(app, tab).await;
        }
        if *tab == "evidence" {
            a_long_pdf_keeps_its_pages_proportions(app).await;
            findings.screen(app, theme, "09b-evidence-pdf").await;
            back_to_tab(app, tab).await;
        }
        if *tab == "filings" {
            tab_to(app, "[data-testid=filing-new]", 40).await;
            press(app, ENTER).await;
            app.wait_for("[data-testid=filing-editor]").await;
            app.eval(
                "document.querySelector('[data-testid=filing-editor] textarea.long').scrollIntoView(); return true",
            )
            .await;
            findings.screen(app, theme, "10b-filing-editor").await;
            back_to_tab(app, tab).await;
        }
    }

    // The delete dialog holds the focus, and gives it back to its button when closed.
    app.click("[data-testid=tab-overview]").await;
    app.eval("document.querySelector('h1').focus(); return true")
        .await;
    tab_to(app, "[data-testid=case-delete]", 60).await;
    press(app, ENTER).await;
    app.wait_for("[data-testid=case-delete-dialog][open]").await;
    findings.screen(app, theme, "14-delete-dialog").await;
    for _ in 0..6 {
        press(app, TAB).await;
        assert_eq!(
            app.eval(
                "return document.querySelector('[data-testid=case-delete-dialog]')
                   .contains(document.activeElement)"
            )
            .await,
            json!(true),
            "Tab left the open dialog for {}",
            focused(app).await
        );
    }
    press(app, ESCAPE).await;
    tab_settles(app, "[data-testid=case-delete]").await;

    // The case list, with the case in it, and the shortcuts dialog (Shift+?).
    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=case-row]").await;
    // Issue 21.11: a long name with no space in it wraps in its cell; the table stays within
    // the window at the small size.
    // The case created from the keyboard left no new-case form behind (its draft is dropped).
    assert!(!app.exists("[data-testid=case-new-form]").await);
    app.click("[data-testid=case-new]").await;
    app.type_into("[data-testid=case-new-latin]", &"Abdurrahmanoglu".repeat(8))
        .await;
    app.click("[data-testid=case-new-create]").await;
    app.wait_for("[data-testid=person-form]").await;
    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=case-row]:nth-child(2)").await;
    resize(app, SIZES[1].0, SIZES[1].1).await;
    let overflow = app
        .eval(
            "const t = document.querySelector('[data-testid=case-table]');
             return [t.getBoundingClientRect().right, document.documentElement.clientWidth];",
        )
        .await;
    assert!(
        overflow[0].as_f64().unwrap_or(f64::MAX) <= overflow[1].as_f64().unwrap_or(0.0),
        "the case list fits the window: {overflow}"
    );
    // …and the other columns keep room for a word (none squeezed to a letter a line: at least
    // two ems wide inside).
    let tall = app
        .eval(
            "const inner = (el) => { const s = getComputedStyle(el);
               return [el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight),
                       parseFloat(s.fontSize)]; };
             return [...document.querySelectorAll('[data-testid=case-table] th')]
               .filter((th) => { const [w, em] = inner(th); return w < 2 * em; })
               .map((th) => th.innerText);",
        )
        .await;
    assert_eq!(tall, json!([]), "headers squeezed");
    assert!(!app.exists("[data-testid=case-new-form]").await);
    resize(app, SIZES[0].0, SIZES[0].1).await;
    findings.screen(app, theme, "15-case-list").await;
    // Travel mode (issue 19.3), opened from the case list: it takes the focus; Escape closes it.
    app.click("[data-testid=travel-mode-open]").await;
    app.wait_for("[data-testid=travel-mode-backup-first]").await;
    findings.screen(app, theme, "15b-travel-mode").await;
    press(app, ESCAPE).await;
    tab_settles(app, "[data-testid=travel-mode-open]").await;
    app.eval("document.activeElement?.blur(); return true")
        .await;
    tab_to(app, "[data-testid=shortcut-help-open]", 40).await;
    press(app, ENTER).await;
    app.wait_for("[data-testid=shortcut-help][open]").await;
    findings.screen(app, theme, "16-shortcuts").await;
    press(app, ESCAPE).await;
    tab_settles(app, "[data-testid=shortcut-help-open]").await;

    app.click("[data-testid=nav-settings]").await;
    app.wait_for("[data-testid=screen-settings]").await;
    findings.screen(app, theme, "17-settings").await;

    // Locked (Ctrl+L, from the keyboard): the unlock form.
    press(app, "\u{E009}l\u{E000}").await;
    app.wait_for("[data-testid=vault-form-unlock]").await;
    findings.screen(app, theme, "18-unlock").await;

    // Restore from a backup (issue 19.2), from the unlock screen, and back to it.
    app.click("[data-testid=mode-restore]").await;
    app.wait_for("[data-testid=restore-backup]").await;
    findings.screen(app, theme, "19-restore").await;
    app.click("[data-testid=restore-back]").await;
    app.wait_for("[data-testid=vault-form-unlock]").await;

    findings.assert_none();
}

/// Issue 21.11: a PDF of three A4 pages, previewed, shows each page at its own proportions (a
/// column of pages was squashed to a third of their height). Chosen in the native dialog
/// (answered at the keyboard), imported, opened.
async fn a_long_pdf_keeps_its_pages_proportions(app: &App) {
    let path = app.home().join("three-pages.pdf");
    std::fs::write(&path, pdf_of_pages(3)).expect("write the PDF");
    let picked = app.pick_evidence_file(&path).await;
    assert_eq!(picked, json!({ "paths": [path] }), "the dialog chose it");
    let report = app
        .eval_async(&format!(
            "const ipc = window.__TAURI_INTERNALS__;
             ipc.invoke('case_list', {{ closed: false }}).then((l) => ipc.invoke('evidence_import',
                 {{ caseId: l.cases[0].id, paths: [{:?}] }}))
               .then(done, (e) => done({{ error: e }}));",
            path.to_string_lossy()
        ))
        .await;
    assert_eq!(
        report["imported"].as_array().map(Vec::len),
        Some(1),
        "{report}"
    );
    app.click("[data-testid=evidence-row] [data-testid=evidence-open]")
        .await;
    app.click("[data-testid=evidence-preview-open]").await;
    // Every page drawn (the third when scrolled to), then measured as laid out.
    let sizes = app
        .eval_async(
            "let n = 0; const check = () => {
               const all = [...document.querySelectorAll('[data-testid=pdf-viewer] canvas')];
               all.filter((c) => !c.dataset.rendered).forEach((c) => c.scrollIntoView());
               if ((all.length === 3 && all.every((c) => c.dataset.rendered)) || n++ > 150)
                 done(all.map((c) => { const r = c.getBoundingClientRect(); return [r.width, r.height]; }));
               else setTimeout(check, 100);
             }; check();",
        )
        .await;
    let pages = sizes.as_array().cloned().unwrap_or_default();
    assert_eq!(pages.len(), 3, "three pages drawn: {sizes}");
    for page in &pages {
        let (w, h) = (
            page[0].as_f64().unwrap_or(0.0),
            page[1].as_f64().unwrap_or(0.0),
        );
        // A4 is 595 × 842 points.
        assert!(
            w > 100.0 && (h / w - 842.0 / 595.0).abs() < 0.03,
            "a page keeps its A4 proportions: {sizes}"
        );
    }
    app.eval(
        "document.querySelector('[data-testid=pdf-viewer] canvas').scrollIntoView(); return true",
    )
    .await;
}

/// A PDF of `n` blank A4 pages, each with its number written on it.
fn pdf_of_pages(n: usize) -> Vec<u8> {
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", 4 + 2 * i))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    for i in 0..n {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] \
             /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * i
        ));
        let text = format!("BT /F1 48 Tf 250 420 Td (Page {}) Tj ET", i + 1);
        objects.push(format!(
            "<< /Length {} >>\nstream\n{text}\nendstream",
            text.len()
        ));
    }
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// After a step into a tab's content, the focus goes back to that tab so that the next arrow
/// key moves on (set by script: how a user gets back, Shift+Tab, is not what is under test).
async fn back_to_tab(app: &App, tab: &str) {
    app.eval(&format!(
        "document.querySelector('[data-testid=tab-{tab}]').focus(); return true"
    ))
    .await;
    assert_eq!(focused(app).await, json!(format!("tab-{tab}")));
}

/// Waits until a closed dialog has given the focus back to `css` (its opener).
async fn tab_settles(app: &App, css: &str) {
    let check = format!("return document.activeElement?.matches({css:?}) === true");
    for _ in 0..40 {
        if app.eval(&check).await == json!(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "closing the dialog did not give the focus back to {css}: it is on {}",
        focused(app).await
    );
}
