// The case workspace (src-tauri/commands/cases.rs). The types are generated from habeas-core's
// model and rules (../bindings.ts), a few renamed here where the Rust name only makes sense
// inside its module (model::Event, store::audit::Entry, rules::checklist::Item, view::Found).
// The lists below are the choices the screens offer, in their order, each checked at compile
// time to name every member of its Rust enum.

import { call, commands } from './core';
import { everyMember } from './members';
import type * as ipc from '../bindings';

export type {
  Alert_Serialize as Alert,
  EventProblem,
  AlertKind,
  AlertRequest,
  AlertStatus,
  Entry_Serialize as AuditEntry,
  HistoryLine_Serialize as HistoryLine,
  Case_Serialize as Case,
  CaseContents,
  Custody,
  Deleted,
  ProtectionHeld_Serialize as ProtectionHeld,
  ProtectionHeldKind,
  Situation_Serialize as Situation,
  Event_Serialize as CaseEvent,
  CaseList_Serialize as CaseList,
  CaseSummary_Serialize as CaseSummary,
  CaseView_Serialize as CaseView,
  CcfRequestKind,
  ChainStep_Serialize as ChainStep,
  Item_Serialize as ChecklistEntry,
  CountryItem as Country,
  DateNeeded_Serialize as DateNeeded,
  Deadline_Serialize as Deadline,
  DocumentKind,
  EventKind,
  Flag,
  FlagKind,
  Person_Serialize as Person,
  Precision,
  Profile,
  ProtectionKind,
  ProtectionStatus,
  Regime,
  RemovalGround,
  RemovedBy,
  Found as SearchHit,
  Sex,
} from '../bindings';

export const SEXES = everyMember<ipc.Sex>()(['female', 'male', 'other']);
export const PROFILES = everyMember<ipc.Profile>()(['political_opponent', 'journalist', 'activist', 'business_dispute']);
export const DOCUMENT_KINDS = everyMember<ipc.DocumentKind>()([
  'passport',
  'national_id',
  'refugee_travel_document',
  'residence_permit',
  'other',
]);
export const PROTECTION_STATUSES = everyMember<ipc.ProtectionStatus>()(['pending', 'granted', 'refused']);
export const PROTECTION_KINDS = everyMember<ipc.ProtectionKind>()([
  'unspecified',
  'convention_refugee',
  'subsidiary',
  'humanitarian',
]);
export const FLAG_KINDS = everyMember<ipc.FlagKind>()([
  'refugee',
  'refugee_from_issuing_state',
  'political_profile',
  'private_dispute',
  'in_absentia',
  'reissued_after_deletion',
  'diffusion_after_red_notice',
  'country_misuse',
]);
export const ALERT_KINDS = everyMember<ipc.AlertKind>()([
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
]);
export const ALERT_REQUESTS = everyMember<ipc.AlertRequest>()([
  'arrest',
  'locate',
  'identify',
  'information',
  'surveillance',
  'warning',
]);
export const ALERT_STATUSES = everyMember<ipc.AlertStatus>()([
  'suspected',
  'confirmed',
  'challenged',
  'deleted',
  'blocked',
  'refused',
  'reissued',
]);
export const REMOVED_BY = everyMember<ipc.RemovedBy>()(['ccf', 'general_secretariat']);
export const REMOVAL_GROUNDS = everyMember<ipc.RemovalGround>()([
  'article3',
  'article2',
  'data_quality',
  'refugee_policy',
  'red_notice_criteria',
  'other',
]);
export const PRECISIONS = everyMember<ipc.Precision>()(['day', 'month', 'year']);
export const EVENT_KINDS = everyMember<ipc.EventKind>()([
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
  'ccf_query_answered',
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
]);
export const REGIMES = everyMember<ipc.Regime>()([
  'european_convention',
  'minsk1993',
  'riyadh1983',
  'european_arrest_warrant',
  'us_modern_treaty',
  'montevideo1933',
  'bilateral',
]);
export const CCF_REQUEST_KINDS = everyMember<ipc.CcfRequestKind>()(['access', 'correction', 'deletion']);

export function emptyPerson(): ipc.Person_Serialize {
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

export function emptyAlert(): ipc.Alert_Serialize {
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

export function emptyEvent(): ipc.Event_Serialize {
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

export const listCases = (closed = false) => call(() => commands.caseList(closed));
export const closeCase = (id: string) => call(() => commands.caseClose(id));
export const reopenCase = (id: string) => call(() => commands.caseReopen(id));
export const caseDeletePlan = (id: string) => call(() => commands.caseDeletePlan(id));
export const deleteCase = (id: string) => call(() => commands.caseDelete(id));
export const createCase = (person: ipc.Person_Serialize) => call(() => commands.caseCreate(person));
export const viewCase = (id: string) => call(() => commands.caseView(id));
export const updateCase = (c: ipc.Case_Serialize) => call(() => commands.caseUpdate(c));
export const saveAlert = (caseId: string, alert: ipc.Alert_Serialize) => call(() => commands.alertSave(caseId, alert));
export const deleteAlert = (caseId: string, id: string) => call(() => commands.alertDelete(caseId, id));
/** What must be fixed in an event's form before it can be saved (the core's rule). */
export const checkEvent = (event: ipc.Event_Deserialize) => call(() => commands.eventCheck(event));

export const saveEvent = (caseId: string, event: ipc.Event_Serialize) => call(() => commands.eventSave(caseId, event));
export const deleteEvent = (caseId: string, id: string) => call(() => commands.eventDelete(caseId, id));
export const caseAudit = (id: string) => call(() => commands.caseAudit(id));
export const searchCases = (query: string) => call(() => commands.caseSearch(query));
export const listCountries = () => call(() => commands.countries());
export const exportIcs = (caseId: string | null, names: boolean) => call(() => commands.deadlinesExportIcs(caseId, names));
