# The travel check's reasons and the travel brief (locales/README.md).

## Levels (there is no "safe": the lowest says only that nothing recorded points there)
travel-level-not-safe-lower = Lower, not safe
travel-level-raised = Raised
travel-level-high = High
travel-level-highest = Highest

## Why a country has its level
travel-why-issuing = It issued an alert against you.
travel-why-feared = It is the state your protection is against.
travel-why-high = An active alert that may ask for your arrest reaches it.
travel-why-raised-protected = An active alert that may ask for your arrest reaches it, but a decision recorded in your case may protect you there.
travel-why-raised = Something recorded points to it (an alert, a treaty with the issuing state, or your note), though no active alert recorded asks it to arrest you.
travel-why-lower = Nothing recorded in your case points to it. This is not safety.
travel-trip-why = The trip is as risky as its riskiest country: { $countries } ({ $level }).
travel-trip-why-lower = Nothing recorded points to a country of this trip. This is not safety.
travel-caution = No level means safe. Habeas knows only the alerts recorded in this case; an alert you do not know of, or one not found publicly, may exist. Check with a lawyer before you travel.
travel-reason-transit = You only pass through, but a transit is checked like a stay.

## What to carry
travel-carry-refugee-what = Your refugee travel document and the decision granting refugee status
travel-carry-refugee-why = The refugee policy applies once a member country has confirmed your status; do not travel on, or renew, the passport of the state you fled.
travel-carry-removed-what = The CCF decision or INTERPOL's letter saying the alert was deleted
travel-carry-removed-why = National databases may still hold a copy of a deleted alert.
travel-carry-judgment-what = The final judgment on the same acts, with a translation
travel-carry-judgment-why = It may bar a provisional arrest in another Schengen state (ne bis in idem).
travel-carry-sheet-what = The "detained now" sheet and your lawyer's number, day and night
travel-carry-sheet-why = If you are stopped, ask for a lawyer and show the sheet; do not consent to simplified extradition without advice.

## The travel brief (PDF) and the CLI's text
travel-brief-title = Travel check
travel-brief-title-named = Travel check: { $label }
travel-brief-subject = Travel check: the risk of arrest in each country of a trip, with sources
travel-brief-checked-on = Checked on
travel-brief-trip-level = Level of the trip
travel-brief-undated = Undated
travel-brief-leg = { $from } to { $to }
travel-brief-leg-through = { $from } to { $to } through { $transits }
travel-brief-map = Map
travel-brief-legend = Levels are shown by colour, hatching and a label: Highest (cross-hatched), High (diagonal lines), Raised (horizontal lines), Lower, not safe (plain). A thick outline marks a state that issued an alert; a dashed outline, a named recipient; a dashed line, a leg.
travel-brief-country = { $country }: { $level }
travel-brief-there = There
travel-role-departure = departure
travel-role-transit = transit
travel-role-arrival = arrival
travel-confidence-verified = verified
travel-confidence-secondary = secondary source: confirm it
travel-confidence-unverified = not verified
travel-confidence-entered = entered by you, not checked by Habeas
travel-brief-confidence = Confidence: { $confidence }. Source: { $source }
travel-brief-carry = What to carry
travel-brief-source = Source: { $source }
travel-brief-page = Page { $page } of { $pages }
travel-cli-trip = Trip: { $level }.
travel-cli-carry = Carry:
travel-cli-unchanged = Nothing changed since the check of { $date }.
travel-cli-changed = Changed since the check of { $date }:
