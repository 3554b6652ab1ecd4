// Collective agreements of the sector with their IDCC (DOMAIN §3.3, source S32).
import { AGREEMENTS, type AgreementCode } from './codes';
import type { CollectiveAgreement } from './types';

const IDCC: Readonly<Record<AgreementCode, string | null>> = {
  CCN51: '0029',
  CCN66: '0413',
  CCN65: '0405',
  CHRS: '0783',
  BAD: '2941',
  AUTRE: null,
};

export const COLLECTIVE_AGREEMENT_CATALOGUE: readonly CollectiveAgreement[] = AGREEMENTS.map((code) => ({
  code,
  idcc: IDCC[code],
  provenance: IDCC[code] === null ? { kind: 'convention' } : { kind: 'sourced', sources: ['S32'] },
}));

/** The catalogue entry of a collective agreement. */
export function collectiveAgreement(code: AgreementCode): CollectiveAgreement {
  const entry = COLLECTIVE_AGREEMENT_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown collective agreement ${code}`);
  return entry;
}
