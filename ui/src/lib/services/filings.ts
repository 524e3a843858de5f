// CCF filings (src-tauri/commands/filings.rs). The types are generated from habeas-core's
// core/src/filing and core/src/rules/{admissibility,arguments}.rs (../bindings.ts).

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, commands, EVENTS } from './core';
import { ANNEX_PREFIX } from '../bindings';
import { everyMember } from './members';
import type {
  Annex_Serialize as Annex,
  ApplicantKind,
  MetadataChoice,
  ExportProgress,
  Filing_Serialize as Filing,
  FilingKind,
  Language,
  LetterKind,
} from '../bindings';

export type {
  AnnexMetadata_Serialize as AnnexMetadata,
  Annex_Serialize as Annex,
  ApplicantKind,
  ArgumentView as Argument,
  Citation,
  ExportProgress,
  Filing_Serialize as Filing,
  FilingKind,
  Finding,
  Language,
  LetterKind,
  Library,
} from '../bindings';

export const FILING_KINDS = everyMember<FilingKind>()(['access', 'correction', 'deletion', 'correction_and_deletion', 'revision']);
export const APPLICANT_KINDS = everyMember<ApplicantKind>()(['person', 'minor', 'entity']);
export const LANGUAGES = everyMember<Language>()(['en', 'fr', 'es', 'ar']);

/** The annex label of position `i` (0-based), … */
/** The label of the annex at `i` (0-based), with the core's prefix, … */
export const annexLabel = (i: number): string => `${ANNEX_PREFIX}${i + 1}`;

/** Moves the annex at `from` to `to`, keeping the others in order. */
export function moveAnnex(annexes: Annex[], from: number, to: number): Annex[] {
  if (from === to || from < 0 || to < 0 || from >= annexes.length || to >= annexes.length) return annexes;
  const next = [...annexes];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export const listFilings = (caseId: string) => call(() => commands.filingList(caseId));
export const createFiling = (caseId: string, kind: FilingKind, language: Language) =>
  call(() => commands.filingCreate(caseId, kind, language));
export const saveFiling = (filing: Filing) => call(() => commands.filingSave(filing));
export const deleteFiling = (id: string) => call(() => commands.filingDelete(id));
export const checkFiling = (id: string) => call(() => commands.filingCheck(id));
/** The argument library for a case; with a filing, its paragraphs name that filing's annexes. */
export const argumentLibrary = (caseId: string, filingId: string | null = null) =>
  call(() => commands.filingArguments(caseId, filingId));
/** What each annex carries besides its picture (only those that carry something). */
export const annexMetadata = (id: string) => call(() => commands.filingAnnexMetadata(id));
export const exportPortal = (id: string, metadata: MetadataChoice) =>
  call(() => commands.filingExportPortal(id, metadata));
export const exportPacket = (id: string, metadata: MetadataChoice) =>
  call(() => commands.filingExportPacket(id, metadata));
export const recordSubmitted = (id: string, date: string) => call(() => commands.filingRecordSubmitted(id, date));
export const cancelExport = () => call(() => commands.filingExportCancel());
/** Writes a letter in `language` (the letter's, chosen apart from the app's: en, fr, es, ar, ru). */
export const exportLetter = (caseId: string, kind: LetterKind, country: string, language: string) =>
  call(() => commands.letterExport(caseId, kind, country, language));

/** Progress of the running export. */
export const onExportProgress = (handler: (p: ExportProgress) => void): Promise<UnlistenFn> =>
  listen<ExportProgress>(EVENTS.filingProgress, (e) => handler(e.payload));
