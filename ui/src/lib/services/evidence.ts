// The evidence locker (src-tauri/commands/evidence.rs). Types mirror habeas-core's
// core/src/evidence; previews load through the evidence:// scheme (src-tauri/protocol.rs).

import { convertFileSrc } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { call, type Result } from './core';
import type { AuditEntry, IsoDate } from './cases';
import type { CommandError } from './errors';

export const CATEGORIES = [
  'identity_document',
  'power_of_attorney',
  'court_record',
  'arrest_warrant',
  'extradition_papers',
  'asylum_decision',
  'human_rights_report',
  'correspondence_ncb',
  'correspondence_ccf',
  'correspondence_authorities',
  'press',
  'narrative_draft',
  'translation',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type PreviewKind = 'image' | 'pdf' | 'text' | 'audio' | 'video' | 'none';

/** What a user edits after intake. */
export interface Details {
  category: Category;
  document_date: IsoDate | null;
  source: string;
  language: string;
  description: string;
  tags: string[];
  events: string[];
  alerts: string[];
  translation_of: string | null;
  translator: string;
}

export interface EvidenceItem extends Details {
  id: string;
  case_id: string;
  blob: string;
  original_name: string;
  size: number;
  sha256: string;
  media_type: string;
  file_modified: string | null;
  imported: string;
  deleted: string | null;
  preview: PreviewKind;
  no_preview: string | null;
}

export interface ImportProgress {
  file: number;
  files: number;
  name: string;
  done: number;
  size: number;
  total_done: number;
  total: number;
}

export interface NotImported {
  path: string;
  name: string;
  existing: string | null;
  error: CommandError;
}

export interface ImportReport {
  imported: EvidenceItem[];
  duplicates: NotImported[];
  failed: NotImported[];
  cancelled: boolean;
}

export interface PreviewLink {
  path: string;
  preview: PreviewKind;
  media_type: string;
  size: number;
  /** Where audio and video stream from when the webview cannot read evidence:// (Linux). */
  stream: string | null;
}

export interface ItemCheck {
  id: string;
  case_id: string;
  original_name: string;
  blob: string;
  problem: string | null;
}

export interface VerifyReport {
  items: ItemCheck[];
  unnamed_blobs: string[];
}

export type OnDuplicate = 'refuse' | 'allow' | 'skip';

export function details(item: EvidenceItem): Details {
  const { category, document_date, source, language, description, tags, events, alerts, translation_of, translator } =
    item;
  return { category, document_date, source, language, description, tags, events, alerts, translation_of, translator };
}

export const listEvidence = (caseId: string): Promise<Result<EvidenceItem[]>> =>
  call('evidence_list', { case_id: caseId });
export const importEvidence = (
  caseId: string,
  paths: string[],
  onDuplicate: OnDuplicate = 'refuse',
): Promise<Result<ImportReport>> => call('evidence_import', { case_id: caseId, paths, on_duplicate: onDuplicate });
export const cancelImport = (): Promise<Result<null>> => call('evidence_import_cancel');
export const pickEvidence = (folder: boolean): Promise<Result<string[] | null>> => call('evidence_pick', { folder });
export const updateEvidence = (id: string, d: Details): Promise<Result<EvidenceItem>> =>
  call('evidence_update', { id, details: d });
export const evidenceCustody = (id: string): Promise<Result<AuditEntry[]>> => call('evidence_custody', { id });
export const openPreview = (id: string): Promise<Result<PreviewLink>> => call('evidence_preview', { id });
export const exportEvidence = (id: string): Promise<Result<string | null>> => call('evidence_export', { id });
/** Paper for printed documents. */
export type PageSize = 'a4' | 'letter';
/** Writes a custody certificate (PDF) for `ids` where the user chooses; the file name, or null if cancelled. */
export const certifyEvidence = (ids: string[], pageSize: PageSize): Promise<Result<string | null>> =>
  call('evidence_certificate', { ids, page_size: pageSize });
export const deleteEvidence = (id: string): Promise<Result<null>> => call('evidence_delete', { id });
export const verifyEvidence = (caseId: string): Promise<Result<VerifyReport>> =>
  call('evidence_verify', { case_id: caseId });

/** The URL the webview loads a preview from (evidence:// here, http://evidence.localhost on Windows). */
export const previewUrl = (link: PreviewLink): string => convertFileSrc(link.path, 'evidence');

/** Progress of the running import. */
/** Bytes checked so far by a running `evidence_verify`. */
export interface VerifyProgress {
  done: number;
  total: number;
}

export const cancelVerify = (): Promise<Result<null>> => call('evidence_verify_cancel');
export const onVerifyProgress = (handler: (p: VerifyProgress) => void): Promise<UnlistenFn> =>
  listen<VerifyProgress>('evidence-verify-progress', (e) => handler(e.payload));

export const onImportProgress = (handler: (p: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>('evidence-progress', (e) => handler(e.payload));

/** A case's evidence changed (an import finished, an item was changed, exported or deleted). */
export const onEvidenceChanged = (handler: (caseId: string) => void): Promise<UnlistenFn> =>
  listen<string>('evidence-changed', (e) => handler(e.payload));

/** Files and folders dropped on the window: their paths. */
export async function onFilesDropped(
  handler: (paths: string[]) => void,
  hovering: (over: boolean) => void,
): Promise<UnlistenFn> {
  return getCurrentWebview().onDragDropEvent((e) => {
    if (e.payload.type === 'over' || e.payload.type === 'enter') hovering(true);
    else if (e.payload.type === 'leave') hovering(false);
    else if (e.payload.type === 'drop') {
      hovering(false);
      handler(e.payload.paths);
    }
  });
}
