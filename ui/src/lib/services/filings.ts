// CCF filings (src-tauri/commands/filings.rs). Types mirror habeas-core's core/src/filing and
// core/src/rules/{admissibility,arguments}.rs.

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, type Result } from './core';
import type { IsoDate } from './cases';
import type { PageSize } from './evidence';

export const FILING_KINDS = ['access', 'correction', 'deletion', 'correction_and_deletion', 'revision'] as const;
export type FilingKind = (typeof FILING_KINDS)[number];
export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Confidence = 'verified' | 'secondary' | 'unverified' | 'entered_by_you';

export interface Annex {
  evidence: string;
  title: string;
}

export interface Filing {
  id: string;
  case_id: string;
  created: string;
  kind: FilingKind;
  language: Language;
  submitter: {
    representative: boolean;
    name: string;
    firm: string;
    address: string;
    email: string;
    phone: string;
    power_of_attorney: string | null;
    power_of_attorney_signed: boolean;
  };
  alerts: string[];
  learned_how: string;
  facts: string;
  grounds: { argument: string | null; text: string; citations_confirmed: boolean }[];
  outcome: string;
  confidential: string[];
  revision: { decision: string; decision_date: IsoDate | null; new_fact: string; discovered: IsoDate | null };
  annexes: Annex[];
  id_copy: { name: boolean; birth_date: boolean; photo: boolean };
  signature: { by: string; place: string; date: IsoDate | null };
  paper: PageSize;
  bates_prefix: string;
}

export interface Finding {
  rule: string;
  severity: 'problem' | 'warning';
  message: string;
  basis: string;
  source: string;
  confidence: Confidence;
  field: string;
}

export interface Citation {
  cites: string;
  source: string;
  confidence: Confidence;
}

export interface Argument {
  id: string;
  title: string;
  text: string;
  citations: Citation[];
}

export interface Library {
  arguments: Argument[];
  suggested: { id: string; because: string }[];
}

export type LetterKind = 'border' | 'asylum';

/** The annex label of position `i` (0-based), … */
export const annexLabel = (i: number): string => `A-${i + 1}`;

/** Moves the annex at `from` to `to`, keeping the others in order. */
export function moveAnnex(annexes: Annex[], from: number, to: number): Annex[] {
  if (from === to || from < 0 || to < 0 || from >= annexes.length || to >= annexes.length) return annexes;
  const next = [...annexes];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export const listFilings = (caseId: string): Promise<Result<Filing[]>> => call('filing_list', { case_id: caseId });
export const createFiling = (caseId: string, kind: FilingKind, language: Language): Promise<Result<Filing>> =>
  call('filing_create', { case_id: caseId, kind, language });
export const saveFiling = (filing: Filing): Promise<Result<Filing>> => call('filing_save', { filing });
export const deleteFiling = (id: string): Promise<Result<null>> => call('filing_delete', { id });
export const checkFiling = (id: string): Promise<Result<Finding[]>> => call('filing_check', { id });
export const argumentLibrary = (caseId: string): Promise<Result<Library>> => call('filing_arguments', { case_id: caseId });
export const exportPortal = (id: string): Promise<Result<string | null>> => call('filing_export_portal', { id });
export const exportPacket = (id: string): Promise<Result<string | null>> => call('filing_export_packet', { id });
export const cancelExport = (): Promise<Result<null>> => call('filing_export_cancel');
export const exportLetter = (caseId: string, kind: LetterKind, country: string): Promise<Result<string | null>> =>
  call('letter_export', { case_id: caseId, kind, country });

/** Progress of the running export. */
export const onExportProgress = (handler: (p: { done: number; total: number }) => void): Promise<UnlistenFn> =>
  listen<{ done: number; total: number }>('filing-progress', (e) => handler(e.payload));
