// The evidence locker (src-tauri/commands/evidence.rs). The types are generated from
// habeas-core's core/src/evidence (../bindings.ts); previews load through the evidence:// scheme
// (src-tauri/protocol.rs).

import { convertFileSrc } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { call, commands, EVENTS } from './core';
import { everyMember } from './members';
import type {
  Category,
  MetadataChoice,
  Details_Serialize as Details,
  EvidenceItem_Serialize as EvidenceItem,
  ImportProgress,
  OnDuplicate,
  PageSize,
  PreviewLink_Serialize as PreviewLink,
  VerifyProgress,
} from '../bindings';

export type {
  Carried,
  ImageMetadata_Serialize as ImageMetadata,
  MetadataChoice,
  MetadataFinding,
  Category,
  Details_Serialize as Details,
  EvidenceItem_Serialize as EvidenceItem,
  ImportProgress,
  ImportReport_Serialize as ImportReport,
  ItemCheck_Serialize as ItemCheck,
  NotImported_Serialize as NotImported,
  OnDuplicate,
  PageSize,
  Preview as PreviewKind,
  PreviewLink_Serialize as PreviewLink,
  VerifyProgress,
  VerifyReport_Serialize as VerifyReport,
} from '../bindings';

export const CATEGORIES = everyMember<Category>()([
  'identity_document',
  'power_of_attorney',
  'relationship_proof',
  'entity_registration',
  'authority_to_represent',
  'property_record',
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
]);

/** What a user edits after intake: the item's details, without what intake recorded. */
export function details(item: EvidenceItem): Details {
  const { category, document_date, source, language, description, tags, events, alerts, translation_of, translator } =
    item;
  return { category, document_date, source, language, description, tags, events, alerts, translation_of, translator };
}

export const listEvidence = (caseId: string) => call(() => commands.evidenceList(caseId));
export const importEvidence = (caseId: string, paths: string[], onDuplicate: OnDuplicate = 'refuse') =>
  call(() => commands.evidenceImport(caseId, paths, onDuplicate));
export const cancelImport = () => call(() => commands.evidenceImportCancel());
export const pickEvidence = (folder: boolean) => call(() => commands.evidencePick(folder));
export const updateEvidence = (id: string, d: Details) => call(() => commands.evidenceUpdate(id, d));
export const evidenceCustody = (id: string) => call(() => commands.evidenceCustody(id));
export const openPreview = (id: string) => call(() => commands.evidencePreview(id));
/** What an item carries besides its picture (GPS position, phone, owner…), read in the vault. */
export const evidenceMetadata = (id: string) => call(() => commands.evidenceMetadata(id));
/** Writes a copy where the user chooses: as imported, or (`remove`) a photo without its metadata. */
export const exportEvidence = (id: string, metadata: MetadataChoice) =>
  call(() => commands.evidenceExport(id, metadata));
/** Writes a custody certificate (PDF) for `ids` where the user chooses; the file name, or null if cancelled. */
export const certifyEvidence = (ids: string[], pageSize: PageSize) =>
  call(() => commands.evidenceCertificate(ids, pageSize));
export const deleteEvidence = (id: string) => call(() => commands.evidenceDelete(id));
export const verifyEvidence = (caseId: string) => call(() => commands.evidenceVerify(caseId));

/** The URL the webview loads a preview from (evidence:// here, http://evidence.localhost on Windows). */
export const previewUrl = (link: PreviewLink): string => convertFileSrc(link.path, 'evidence');

export const cancelVerify = () => call(() => commands.evidenceVerifyCancel());
/** Bytes checked so far by a running `evidence_verify`. */
export const onVerifyProgress = (handler: (p: VerifyProgress) => void): Promise<UnlistenFn> =>
  listen<VerifyProgress>(EVENTS.evidenceVerifyProgress, (e) => handler(e.payload));

/** Progress of the running import. */
export const onImportProgress = (handler: (p: ImportProgress) => void): Promise<UnlistenFn> =>
  listen<ImportProgress>(EVENTS.evidenceProgress, (e) => handler(e.payload));

/** A case's evidence changed (an import finished, an item was changed, exported or deleted). */
export const onEvidenceChanged = (handler: (caseId: string) => void): Promise<UnlistenFn> =>
  listen<string>(EVENTS.evidenceChanged, (e) => handler(e.payload));

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
