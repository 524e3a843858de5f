// A filing as the core makes it, shared by the filings tests.

import type { Filing } from '../services/filings';

/** A filing as the core makes it for a case, with three annexes (tests only). */
export function filingFixture(id: string, caseId = 'case-1'): Filing {
  return {
    id,
    case_id: caseId,
    created: '2026-11-24T10:00:00Z',
    kind: 'deletion',
    language: 'en',
    applicant: {
      kind: 'person',
      guardian: '',
      relationship: '',
      entity_name: '',
      registration_number: '',
      registered_on: null,
      registered_office: '',
      signatory: '',
      signatory_authority: '',
      property: '',
    },
    submitter: {
      representative: false,
      name: '',
      firm: '',
      address: '',
      email: '',
      phone: '',
      power_of_attorney: null,
      power_of_attorney_signed: false,
    },
    alerts: [],
    learned_how: '',
    facts: '',
    grounds: [],
    outcome: '',
    confidential: [],
    revision: { decision: '', decision_date: null, new_fact: '', discovered: null },
    annexes: [
      { evidence: 'e-1', title: '' },
      { evidence: 'e-2', title: '' },
      { evidence: 'e-3', title: '' },
    ],
    id_copy: { name: false, birth_date: false, photo: false },
    signature: { by: '', place: '', date: null },
    paper: 'a4',
    bates_prefix: 'ANNEX-',
  };
}
