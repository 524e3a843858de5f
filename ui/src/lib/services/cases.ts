// The case workspace (src-tauri/commands/cases.rs). Types mirror habeas-core's model and rules
// (core/src/model, core/src/rules); field names are the vault format's, in snake_case.

import { call } from './core';

export type Iso2 = string;
export type IsoDate = string; // YYYY-MM-DD, a local calendar date

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];
export const PROFILES = ['political_opponent', 'journalist', 'activist', 'business_dispute'] as const;
export type Profile = (typeof PROFILES)[number];
export const DOCUMENT_KINDS = [
  'passport',
  'national_id',
  'refugee_travel_document',
  'residence_permit',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const PROTECTION_STATUSES = ['pending', 'granted', 'refused'] as const;
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number];
export const PROTECTION_KINDS = ['unspecified', 'convention_refugee', 'subsidiary', 'humanitarian'] as const;
export type ProtectionKind = (typeof PROTECTION_KINDS)[number];

export interface IdDocument {
  kind: DocumentKind;
  number: string;
  issuer: Iso2 | null;
  expiry: IsoDate | null;
}

export interface Protection {
  status: ProtectionStatus;
  kind: ProtectionKind;
  naturalised: boolean;
  country: Iso2 | null;
  date: IsoDate | null;
  feared_state: Iso2 | null;
  grounds: string;
}

export interface Person {
  name_original: string;
  name_latin: string;
  other_names: string[];
  sex: Sex | null;
  birth_date: IsoDate | null;
  birth_place: string;
  nationalities: Iso2[];
  documents: IdDocument[];
  residence_country: Iso2 | null;
  residence_address: string;
  contacts: string;
  protection: Protection | null;
  profile: Profile[];
}

export const FLAG_KINDS = [
  'refugee',
  'refugee_from_issuing_state',
  'political_profile',
  'private_dispute',
  'in_absentia',
  'reissued_after_deletion',
  'diffusion_after_red_notice',
  'country_misuse',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export const CHECKLIST_ITEMS = [
  'ccf_request',
  'counsel',
  'asylum',
  'notify_borders',
  'challenge_extradition',
  'monitor',
  'advocacy',
  'prevent_issuing_country',
  'prevent_monitoring',
  'prevent_inform_borders',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

export interface Case {
  id: string;
  created: string;
  updated: string;
  person: Person;
  notes: string;
  flag_settings: { flag: FlagKind; on: boolean; reason: string }[];
  checklist: { item: ChecklistItemId; done: boolean | null; note: string }[];
  overrides: { key: string; date: IsoDate; reason: string }[];
  bilateral: {
    name: string;
    soft_days: number | null;
    hard_days: number;
    start: 'arrest' | 'notification';
  } | null;
  access_reminder_months: number | null;
  misuse_note: string;
}

export const ALERT_KINDS = [
  'diffusion',
  'red_notice',
  'blue_notice',
  'yellow_notice',
  'green_notice',
  'black_notice',
  'orange_notice',
  'purple_notice',
  'silver_notice',
  'un_special_notice',
  'ncb_message',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const ALERT_REQUESTS = [
  'arrest',
  'locate',
  'identify',
  'information',
  'surveillance',
  'warning',
] as const;
export type AlertRequest = (typeof ALERT_REQUESTS)[number];
export const ALERT_STATUSES = [
  'suspected',
  'confirmed',
  'challenged',
  'deleted',
  'blocked',
  'refused',
  'reissued',
] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
export const REMOVED_BY = ['ccf', 'general_secretariat'] as const;
export type RemovedBy = (typeof REMOVED_BY)[number];
export const REMOVAL_GROUNDS = [
  'article3',
  'article2',
  'data_quality',
  'refugee_policy',
  'red_notice_criteria',
  'other',
] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];
export interface StatusChange {
  status: AlertStatus;
  date: IsoDate | null;
  // Left out by the core when not recorded.
  by?: RemovedBy | null;
  ground?: RemovalGround | null;
}
export interface Warrant {
  authority: string;
  date: IsoDate | null;
  reference: string;
  in_absentia: boolean;
  invalid: boolean;
  notified_of_trial: boolean | null;
  represented_at_trial: boolean | null;
  retrial_available: boolean | null;
  torture_evidence: boolean;
  court_not_independent: boolean;
  maximum_penalty_months: number | null;
  sentence_months: number | null;
  // Edited through the CLI's JSON for now (issue 15, 3.1); kept as they are by the UI.
  prescription: unknown;
  final_decision: unknown;
}
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface Alert {
  id: string;
  case_id: string;
  kind: AlertKind;
  issuing_country: Iso2 | null;
  ncb: string;
  date: { date: IsoDate; precision: Precision } | null;
  requests: AlertRequest[];
  recipients: { all_members: boolean; countries: Iso2[] };
  warrant: Warrant;
  offence: string;
  learned_how: string;
  status: StatusChange[];
  notes: string;
}

export const EVENT_KINDS = [
  'national_warrant',
  'alert_issued',
  'visa_refusal',
  'denied_boarding',
  'border_refusal',
  'detention',
  'provisional_arrest',
  'consent_to_surrender',
  'release',
  'extradition_request_received',
  'hearing',
  'extradition_decision',
  'ccf_request_filed',
  'ccf_acknowledgement',
  'admissibility_decision',
  'ccf_query',
  'ccf_decision',
  'new_fact_discovered',
  'revision_filed',
  'asylum_applied',
  'asylum_granted',
  'asylum_refused',
  'unhcr_notified',
  'border_authorities_notified',
  'judicial_review_filed',
  'advocacy',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const REGIMES = [
  'european_convention',
  'minsk1993',
  'riyadh1983',
  'european_arrest_warrant',
  'us_modern_treaty',
  'montevideo1933',
  'bilateral',
] as const;
export type Regime = (typeof REGIMES)[number];
export const CCF_REQUEST_KINDS = ['access', 'correction', 'deletion'] as const;
export type CcfRequestKind = (typeof CCF_REQUEST_KINDS)[number];

export interface CaseEvent {
  id: string;
  case_id: string;
  kind: EventKind;
  date: IsoDate | null;
  country: Iso2 | null;
  notes: string;
  alert_ids: string[];
  regime: Regime | null;
  notified_on: IsoDate | null;
  ccf_request: CcfRequestKind[];
  admissible: boolean | null;
}

export type Confidence = 'verified' | 'secondary' | 'unverified' | 'entered_by_you';
export type DeadlineState = 'open' | 'met' | 'late' | 'passed';
/** What kind of date a deadline is, most binding first (habeas_core::rules::deadlines::Weight). */
export type DeadlineWeight = 'custody' | 'legal' | 'practice';
/** Why a custody limit is an alarm (habeas_core::rules::deadlines::Alarm). */
export type Alarm = 'limit_passed' | 'arrived_late';

/** The event that closed a deadline, as recorded. */
export interface Closing {
  event: string;
  kind: EventKind;
  date: IsoDate;
  /** Dated after today: not believed until the date is checked. */
  in_future: boolean;
}

export interface Deadline {
  key: string;
  rule: string;
  title: string;
  basis: string;
  source: string;
  confidence: Confidence;
  /** How sure Habeas is that the rule applies to this pair of states (null: not looked up). */
  application: Confidence | null;
  /** Why this rule applies, in one line (the treaty both states are bound by, or your choice). */
  reasoning: string | null;
  explanation: string;
  counting: string;
  period: string;
  start_event: string | null;
  start: IsoDate;
  soft: IsoDate | null;
  due: IsoDate;
  computed_due: IsoDate;
  override_reason: string | null;
  state: DeadlineState;
  weight: DeadlineWeight;
  closing: Closing | null;
  /** Set when a custody limit passed, or was met late, and no release is recorded. */
  alarm: Alarm | null;
  next: IsoDate;
  days_left: number;
}

export interface Flag {
  kind: FlagKind;
  label: string;
  reason: string;
  source: 'data' | 'hand';
}

export interface ChecklistEntry {
  item: ChecklistItemId;
  prevention: boolean;
  title: string;
  detail: string;
  caution: string | null;
  done: boolean;
  basis: 'open' | 'data' | 'hand';
  evidence: string | null;
  why: string[];
  note: string;
}

/** A date Habeas cannot work out for this case; the user enters it (an override under `key`). */
export interface DateNeeded {
  key: string;
  need: string;
  title: string;
  basis: string;
  explanation: string;
  confidence: Confidence;
  start_event: string;
  start: IsoDate;
}

export interface CaseView {
  case: Case;
  alerts: Alert[];
  events: CaseEvent[];
  flags: Flag[];
  deadlines: Deadline[];
  /** What Habeas cannot date (no treaty binds both states, a national custody limit…). */
  dates_needed: DateNeeded[];
  checklist: ChecklistEntry[];
  today: IsoDate;
}

export interface CaseSummary {
  id: string;
  name: string;
  name_original: string;
  flags: Flag[];
  next_deadline: Deadline | null;
  alert_count: number;
  updated: string;
}

export interface SearchHit {
  kind: 'case' | 'alert' | 'event' | 'evidence';
  case_id: string;
  id: string;
  case_name: string;
  label: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  case_id: string;
  entity: string;
  entity_id: string;
  /** Cases, alerts, events: create, update, delete. Evidence also: import, view, export. */
  action: 'create' | 'update' | 'delete' | 'import' | 'view' | 'export';
  field: string;
  old: unknown;
  new: unknown;
}

export interface Country {
  code: Iso2;
  name: string;
  interpol_member: boolean;
}

export function emptyPerson(): Person {
  return {
    name_original: '',
    name_latin: '',
    other_names: [],
    sex: null,
    birth_date: null,
    birth_place: '',
    nationalities: [],
    documents: [],
    residence_country: null,
    residence_address: '',
    contacts: '',
    protection: null,
    profile: [],
  };
}

export function emptyAlert(): Alert {
  return {
    id: '',
    case_id: '',
    kind: 'diffusion',
    issuing_country: null,
    ncb: '',
    date: null,
    requests: [],
    recipients: { all_members: false, countries: [] },
    warrant: {
      authority: '',
      date: null,
      reference: '',
      in_absentia: false,
      invalid: false,
      notified_of_trial: null,
      represented_at_trial: null,
      retrial_available: null,
      torture_evidence: false,
      court_not_independent: false,
      maximum_penalty_months: null,
      sentence_months: null,
      prescription: null,
      final_decision: null,
    },
    offence: '',
    learned_how: '',
    status: [],
    notes: '',
  };
}

export function emptyEvent(): CaseEvent {
  return {
    id: '',
    case_id: '',
    kind: 'other',
    date: null,
    country: null,
    notes: '',
    alert_ids: [],
    regime: null,
    notified_on: null,
    ccf_request: [],
    admissible: null,
  };
}

export const listCases = () => call<{ today: IsoDate; cases: CaseSummary[] }>('case_list');
export const createCase = (person: Person) => call<Case>('case_create', { person });
export const viewCase = (id: string) => call<CaseView>('case_view', { id });
export const updateCase = (c: Case) => call<CaseView>('case_update', { case: c });
export const saveAlert = (caseId: string, alert: Alert) =>
  call<CaseView>('alert_save', { case_id: caseId, alert });
export const deleteAlert = (caseId: string, id: string) =>
  call<CaseView>('alert_delete', { case_id: caseId, id });
export const saveEvent = (caseId: string, event: CaseEvent) =>
  call<CaseView>('event_save', { case_id: caseId, event });
export const deleteEvent = (caseId: string, id: string) =>
  call<CaseView>('event_delete', { case_id: caseId, id });
export const caseAudit = (id: string) => call<AuditEntry[]>('case_audit', { id });
export const searchCases = (query: string) => call<SearchHit[]>('case_search', { query });
export const listCountries = () => call<Country[]>('countries');
export const exportIcs = (caseId: string | null, names: boolean) =>
  call<string | null>('deadlines_export_ics', { case_id: caseId, names });
