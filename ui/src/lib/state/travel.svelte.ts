// The open case's trips, as the Travel tab and the case overview see them (issue 18): the list,
// the itinerary being edited, the last check's outcome and the map. The core decides every level,
// reason and reminder (`TripEntry.check_again`: departure near and the last check older than
// the trip or a few days); this module only holds what is on screen. Forgotten when the vault
// locks.

import {
  addTrip,
  checkTrip,
  deleteTrip,
  exportBrief,
  listTrips,
  saveTrip,
  type CheckOutcome,
  type CountryNote,
  type Leg,
  type TripEntry,
} from '../services/travel';
import { CommandState } from './command.svelte';
import { session } from './session.svelte';

export { TRAVEL_LEVELS } from '../services/travel';
export type { CheckOutcome, CountryCheck, Role, TravelLevel, TripEntry } from '../services/travel';

/** One leg as typed: a date or a country may still be missing. */
export interface LegForm {
  date: string | null;
  from: string | null;
  to: string | null;
  transits: string[];
}

/** A note on a country's practice as typed: the country may still be missing. */
export interface NoteForm {
  country: string | null;
  note: string;
}

/** The itinerary being edited, with the user's notes on countries; `id` null for a new trip. */
export interface TripForm {
  id: string | null;
  label: string;
  legs: LegForm[];
  notes: NoteForm[];
}

export const emptyLeg = (): LegForm => ({ date: null, from: null, to: null, transits: [] });

/** A blank itinerary: one leg to fill. */
export const emptyTrip = (): TripForm => ({ id: null, label: '', legs: [emptyLeg()], notes: [] });

/** A note has its country and some text: the core refuses a note without a country. */
export function noteComplete(n: NoteForm): boolean {
  return n.country !== null && n.note.trim() !== '';
}

/** Every leg has its day, where from and where to: the core refuses a leg without them. */
export function legComplete(leg: LegForm): boolean {
  return leg.date !== null && leg.from !== null && leg.to !== null;
}

export function tripFormComplete(form: TripForm): boolean {
  return form.legs.length > 0 && form.legs.every(legComplete) && form.notes.every(noteComplete);
}

/** The notes to send; only called on a complete form. */
function notesOf(form: TripForm): CountryNote[] {
  return form.notes.map((n) => ({ country: n.country ?? '', note: n.note.trim() }));
}

/** The legs to send; only called on a complete form. */
function legsOf(form: TripForm): Leg[] {
  return form.legs.map((l) => ({ date: l.date, from: l.from ?? '', to: l.to ?? '', transits: [...l.transits] }));
}

const SVG = 'http://www.w3.org/2000/svg';
// The map is the core's own drawing (habeas_core::pdf::drawing, no script, no external
// reference). It is still rebuilt here from an allow-list rather than inserted as markup: an
// element or attribute outside it is dropped, and a paint may refer only to a pattern of the
// drawing itself (`url(#id)`), so no script, link or outside resource can reach the page.
const ELEMENTS = new Set(['svg', 'g', 'defs', 'pattern', 'path', 'rect', 'line', 'text', 'title']);
const ATTRIBUTES = new Set([
  'viewBox',
  'width',
  'height',
  'role',
  'aria-label',
  'id',
  'patternUnits',
  'd',
  'fill',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'font-family',
  'font-size',
  'text-anchor',
]);
const LOCAL_PAINT = /^url\(#[\w-]+\)$/;

function copyAllowed(source: Element, doc: Document): Element | null {
  if (source.namespaceURI !== SVG || !ELEMENTS.has(source.localName)) return null;
  const out = doc.createElementNS(SVG, source.localName);
  for (const attr of Array.from(source.attributes)) {
    if (!ATTRIBUTES.has(attr.name)) continue;
    if (attr.value.includes('url(') && !LOCAL_PAINT.test(attr.value)) continue;
    out.setAttribute(attr.name, attr.value);
  }
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === 3) out.appendChild(doc.createTextNode(child.textContent ?? ''));
    else if (child.nodeType === 1) {
      const copy = copyAllowed(child as Element, doc);
      if (copy) out.appendChild(copy);
    }
  }
  return out;
}

/** The map as an SVG element built from the allow-list, or null when it is not an SVG drawing. */
export function mapDrawing(svg: string, doc: Document = document): Element | null {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (parsed.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg') return null;
  return copyAllowed(root, doc);
}

export class TravelState extends CommandState {
  caseId = $state<string | null>(null);
  trips = $state<TripEntry[]>([]);
  /** The itinerary on screen. */
  form = $state<TripForm>(emptyTrip());
  /** The last check run on this screen, with what changed and the map. */
  outcome = $state<CheckOutcome | null>(null);
  /** The file name of the last exported brief, or '' when the dialog was cancelled. */
  exported = $state<string | null>(null);

  /** The trips whose departure is near and whose last check is old or missing (the core says). */
  get dueForCheck(): TripEntry[] {
    return this.trips.filter((e) => e.check_again);
  }

  clear(): void {
    this.forget();
    this.caseId = null;
    this.trips = [];
    this.form = emptyTrip();
    this.outcome = null;
    this.exported = null;
    this.error = null;
  }

  async load(caseId: string): Promise<void> {
    if (this.caseId !== caseId) {
      this.clear();
      this.caseId = caseId;
    }
    await this.run(
      () => listTrips(caseId),
      (list) => (this.trips = list),
    );
  }

  /** Puts a saved trip in the editor; its last check's outcome is shown again only after a check. */
  edit(tripId: string): void {
    const entry = this.trips.find((e) => e.trip.id === tripId);
    if (!entry) return;
    this.form = {
      id: entry.trip.id,
      label: entry.trip.label,
      legs: entry.trip.legs.map((l) => ({ date: l.date, from: l.from, to: l.to, transits: [...l.transits] })),
      notes: entry.trip.country_notes.map((n) => ({ country: n.country, note: n.note })),
    };
    if (this.outcome?.check.trip_id !== tripId) this.outcome = null;
    this.exported = null;
  }

  newTrip(): void {
    this.form = emptyTrip();
    this.outcome = null;
    this.exported = null;
  }

  addLeg(): void {
    // A new leg usually starts where the last one ended.
    const last = this.form.legs.at(-1);
    this.form.legs.push({ ...emptyLeg(), from: last?.to ?? null });
  }

  removeLeg(index: number): void {
    this.form.legs.splice(index, 1);
  }

  addNote(): void {
    this.form.notes.push({ country: null, note: '' });
  }

  removeNote(index: number): void {
    this.form.notes.splice(index, 1);
  }

  /** Saves the itinerary (a new trip, or the one edited); true when the core accepted it. */
  async save(): Promise<boolean> {
    const caseId = this.caseId;
    if (!caseId || !tripFormComplete(this.form)) return false;
    const form = $state.snapshot(this.form) as TripForm;
    const legs = legsOf(form);
    const notes = notesOf(form);
    const entry = form.id ? this.trips.find((e) => e.trip.id === form.id) : undefined;
    const ok = await this.run(
      () =>
        entry
          ? saveTrip({ ...entry.trip, label: form.label, legs, country_notes: notes })
          : addTrip(caseId, form.label, legs, notes),
      (trip) => (this.form.id = trip.id),
    );
    if (ok) await this.load(caseId);
    return ok;
  }

  async remove(tripId: string): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    const ok = await this.run(
      () => deleteTrip(tripId),
      () => {
        if (this.form.id === tripId) this.newTrip();
        if (this.outcome?.check.trip_id === tripId) this.outcome = null;
      },
    );
    if (ok) await this.load(caseId);
  }

  /** Checks a saved trip; the list is read again (its reminder depends on the last check). */
  async check(tripId: string): Promise<void> {
    const caseId = this.caseId;
    if (!caseId) return;
    const ok = await this.run(
      () => checkTrip(tripId),
      (outcome) => (this.outcome = outcome),
    );
    if (ok) await this.load(caseId);
  }

  async exportBrief(tripId: string): Promise<void> {
    await this.run(
      () => exportBrief(tripId),
      (file) => (this.exported = file ?? ''),
    );
  }
}

export const travel = new TravelState();
session.onLock(() => travel.clear());
