// Trips and the travel check (issue 18; src-tauri/commands/travel.rs, habeas_core::travel). The
// core decides every level and reason, keeps the last check with the trip and says what changed.

import { call, commands } from './core';
import type * as ipc from '../bindings';

export type Trip = ipc.Trip_Serialize;
export type TripEntry = ipc.TripEntry_Serialize;
export type Leg = ipc.Leg_Serialize;
export type CountryNote = ipc.CountryNote_Serialize;
export type CheckOutcome = ipc.CheckOutcome_Serialize;
export type CountryCheck = ipc.CountryCheck_Serialize;
export type TravelLevel = ipc.TravelLevel;
export type Role = ipc.Role;

/** The levels, lowest first (there is no "safe": the lowest says only that nothing recorded points there). */
export const TRAVEL_LEVELS: readonly TravelLevel[] = ['not_safe_lower', 'raised', 'high', 'highest'];

export const listTrips = (caseId: string) => call(() => commands.tripList(caseId));

/** A new trip of the case: the core gives it its id and creation time. */
export const addTrip = (caseId: string, label: string, legs: Leg[], notes: CountryNote[] = []) =>
  call(() => commands.tripAdd(caseId, { label, legs, country_notes: notes }));

export const saveTrip = (trip: Trip) => call(() => commands.tripSave(trip));

export const deleteTrip = (tripId: string) => call(() => commands.tripDelete(tripId));

/** Checks the trip today; the core keeps the result with the trip. */
export const checkTrip = (tripId: string) => call(() => commands.travelCheck(tripId));

/** The printable brief, written where the user chooses; null when the dialog was cancelled. */
export const exportBrief = (tripId: string) => call(() => commands.travelBriefExport(tripId));
