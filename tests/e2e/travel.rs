//! The Travel tab in the real app (issue 18): a case with a Diffusion, a trip added leg by leg,
//! checked by the core, the result (per-country table, what to carry, the map) on screen and
//! screenshotted at 1280×800 (`target/e2e/travel-*.png`).

use serde_json::json;

use super::{create_vault, set_value};
use crate::support::App;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trip_is_added_and_checked_on_the_travel_tab() {
    let app = App::launch().await;
    app.client
        .set_window_size(1280, 800)
        .await
        .expect("window 1280×800");
    app.wait_for("[data-testid=app-shell]").await;
    create_vault(
        &app,
        &app.home().join("vault"),
        "correct horse battery staple",
    )
    .await;

    // A case with a Diffusion from Türkiye asking for arrest (recipients not recorded: the core
    // counts them as sent to every member).
    app.click("[data-testid=nav-cases]").await;
    app.wait_for("[data-testid=cases-empty]").await;
    app.click("[data-testid=case-new]").await;
    app.type_into("[data-testid=case-new-latin]", "Dara Example")
        .await;
    app.click("[data-testid=case-new-create]").await;
    app.wait_for("[data-testid=screen-caseWorkspace] [data-testid=person-form]")
        .await;
    app.click("[data-testid=tab-alerts]").await;
    app.click("[data-testid=alert-add]").await;
    set_value(&app, "[data-testid=alert-kind]", "diffusion").await;
    set_value(&app, "[data-testid=alert-country]", "TR").await;
    app.click("[data-testid=alert-asks-arrest]").await;
    app.click("[data-testid=alert-save]").await;
    app.wait_for("[data-testid=alert-card]").await;

    // The trip: Germany to Portugal through France in five days, back a week later.
    let out = chrono::Local::now().date_naive() + chrono::Days::new(5);
    let back = out + chrono::Days::new(7);
    app.click("[data-testid=tab-travel]").await;
    app.wait_for("[data-testid=travel-no-trips]").await;
    app.type_into("[data-testid=trip-label]", "Conference in Lisbon")
        .await;
    set_value(&app, "[data-testid=leg-0-date]", &out.to_string()).await;
    set_value(&app, "[data-testid=leg-0-from]", "DE").await;
    set_value(&app, "[data-testid=leg-0-to]", "PT").await;
    // The transit picker adds the country as a chip and empties itself at once.
    app.eval(
        "const el = document.querySelector('#leg-0-transits'); el.value = 'FR';
         el.dispatchEvent(new Event('change', {bubbles: true})); return true;",
    )
    .await;
    app.wait_for("[data-testid=leg-0-transits] .chip").await;
    app.click("[data-testid=trip-add-leg]").await;
    set_value(&app, "[data-testid=leg-1-date]", &back.to_string()).await;
    set_value(&app, "[data-testid=leg-1-to]", "DE").await;
    app.screenshot("travel-01-itinerary").await;
    app.click("[data-testid=trip-save]").await;
    app.wait_for("[data-testid=travel-trips]").await;
    // Departing within days and never checked: the core asks for a check.
    app.wait_for("[data-testid=travel-reminder]").await;

    app.click("[data-testid=travel-check]").await;
    app.wait_for("[data-testid=travel-result]").await;
    let countries = app
        .eval(
            "return [...document.querySelectorAll('[data-testid=travel-country]')].map((r) =>
               [r.querySelector('th').firstChild.textContent.trim(), r.querySelector('.level').textContent]);",
        )
        .await;
    // The issuing state is not on the trip; a Diffusion to all reaches every country on it.
    assert_eq!(
        countries,
        json!([
            ["Germany", "High"],
            ["France", "High"],
            ["Portugal", "High"]
        ]),
    );
    assert!(!app
        .text("[data-testid=travel-countries]")
        .await
        .to_lowercase()
        .contains(" safe"));
    assert!(app
        .text("[data-testid=travel-countries]")
        .await
        .contains("Source:"));
    assert!(
        !app.exists("[data-testid=travel-reminder]").await,
        "checked today: no reminder"
    );
    // The map is drawn in the page (the core's SVG, rebuilt from the allow-list).
    let paths = app
        .eval("return document.querySelectorAll('[data-testid=travel-map] svg path').length")
        .await;
    assert!(paths.as_u64().unwrap_or(0) > 10, "map drawn: {paths}");
    app.eval("document.querySelector('[data-testid=travel-result]').scrollIntoView(); return true")
        .await;
    app.screenshot("travel-02-checked").await;
    app.eval("document.querySelector('[data-testid=travel-map]').scrollIntoView(); return true")
        .await;
    app.screenshot("travel-03-map").await;

    // The trip on the case's timeline, with its legs' days in words (issue 18.5).
    app.click("[data-testid=tab-timeline]").await;
    app.wait_for("[data-testid=timeline-trip]").await;
    let legs = app.text("[data-testid=timeline-trips]").await;
    assert!(
        legs.contains("Germany") && legs.contains("Portugal"),
        "{legs}"
    );
    app.eval(
        "document.querySelector('[data-testid=timeline-chart]').scrollIntoView(); return true",
    )
    .await;
    app.screenshot("travel-04-timeline").await;

    // A note on Portugal's practice, written after the check: the reminder asks for a new
    // check and says what changed (the core decides).
    app.click("[data-testid=tab-travel]").await;
    app.wait_for("[data-testid=travel-trips]").await;
    app.click("[data-testid=travel-trips] li button").await;
    app.click("[data-testid=trip-add-note]").await;
    set_value(&app, "[data-testid=note-0-country]", "PT").await;
    app.type_into(
        "[data-testid=note-0-text]",
        "Airport police check Diffusions",
    )
    .await;
    app.click("[data-testid=trip-save]").await;
    app.wait_for("[data-testid=travel-reminder-changed]").await;
    assert!(app
        .text("[data-testid=travel-reminder-changed]")
        .await
        .contains("notes"));
    app.eval(
        "document.querySelector('[data-testid=travel-reminder]').scrollIntoView(); return true",
    )
    .await;
    app.screenshot("travel-05-stale").await;

    // The same tab in Arabic: the page runs right to left, the levels and the caution in
    // Arabic (the core's travel.ftl), the map and the table mirrored by the page's direction.
    app.click("[data-testid=nav-settings]").await;
    app.wait_for("[data-testid=language-setting]").await;
    set_value(&app, "[data-testid=language]", "ar").await;
    app.wait_for("html[dir=rtl]").await;
    app.click("[data-testid=nav-cases]").await;
    app.click("[data-testid=case-open]").await;
    app.click("[data-testid=tab-travel]").await;
    app.wait_for("[data-testid=travel-trips]").await;
    app.click("[data-testid=travel-check]").await;
    app.wait_for("[data-testid=travel-result]").await;
    let level = app.text("[data-testid=travel-trip-level]").await;
    assert!(level.contains("مرتفع"), "{level}");
    let start = app
        .eval(
            "const t = document.querySelector('[data-testid=travel-countries] th').getBoundingClientRect();
             const table = document.querySelector('[data-testid=travel-countries]').getBoundingClientRect();
             return Math.abs(t.right - table.right) < 2;",
        )
        .await;
    assert_eq!(
        start,
        json!(true),
        "the first column is on the right in Arabic"
    );
    app.eval("document.querySelector('[data-testid=travel-result]').scrollIntoView(); return true")
        .await;
    app.screenshot("travel-06-checked-ar").await;
    app.eval("document.querySelector('[data-testid=travel-form]').scrollIntoView(); return true")
        .await;
    app.screenshot("travel-07-form-ar").await;
}
