// Establishment and service types with the orders of magnitude of DOMAIN §2.4 (euros per place per year).
import { ESTABLISHMENT_TYPES, type EstablishmentTypeCode } from './codes';
import { pointRange, rangeOf, rangeWithBase } from './range';
import type { EstablishmentType, Provenance } from './types';

const sourced = (...sources: string[]): Provenance => ({ kind: 'sourced', sources });
const SERVICES: readonly EstablishmentTypeCode[] = ['SESSAD', 'SSIAD', 'SAAD', 'SAVS', 'SAMSAH', 'CAMSP'];

type Cost = Pick<EstablishmentType, 'costPerPlaceEur' | 'costProvenance'> & { costPerHourEur?: EstablishmentType['costPerHourEur'] };

const COSTS: Partial<Record<EstablishmentTypeCode, Cost>> = {
  // ATIH 2013: 37 043 € on average, 34 150–41 189 € by tariff option.
  EHPAD: { costPerPlaceEur: rangeWithBase(34_150, 37_043, 41_189), costProvenance: sourced('S25') },
  // CNSA 2016: 73 691 €; about 84 000 € in 2020.
  MAS: { costPerPlaceEur: rangeOf(73_691, 84_000), costProvenance: sourced('S24') },
  // CNSA 2016: 39 000 € on average; 32 000 € without boarding, 43 000 € with.
  IME: { costPerPlaceEur: rangeWithBase(32_000, 39_000, 43_000), costProvenance: sourced('S24') },
  SESSAD: { costPerPlaceEur: pointRange(17_623), costProvenance: sourced('S24') },
  SAMSAH: { costPerPlaceEur: pointRange(14_460), costProvenance: sourced('S24') },
  SSIAD: { costPerPlaceEur: pointRange(12_639), costProvenance: sourced('S24') },
  // Social budget only: average 12 067 € (2013), ceiling 12 957 € (2016).
  ESAT: { costPerPlaceEur: rangeOf(12_067, 12_957), costProvenance: sourced('S27') },
  // Sénat 2019: 50.36 € a day for the full service.
  CHRS: { costPerPlaceEur: pointRange(20_550), costProvenance: sourced('S28') },
  // Home help is priced by the hour: 23.55 € median, 24.24 € average (2013).
  SAAD: { costPerPlaceEur: null, costProvenance: null, costPerHourEur: rangeWithBase(23.55, 24.24, 24.24) },
  // Not found in the sources: between foyer de vie and MAS, the user enters it.
  FAM: { costPerPlaceEur: null, costProvenance: { kind: 'assumption' } },
};

export const ESTABLISHMENT_TYPE_CATALOGUE: readonly EstablishmentType[] = ESTABLISHMENT_TYPES.map((code) => {
  const cost = COSTS[code] ?? { costPerPlaceEur: null, costProvenance: null };
  const entry: EstablishmentType = {
    code,
    costPerPlaceEur: cost.costPerPlaceEur,
    costProvenance: cost.costProvenance,
    isService: SERVICES.includes(code),
  };
  return cost.costPerHourEur ? { ...entry, costPerHourEur: cost.costPerHourEur } : entry;
});

/** The source of the SAAD hourly cost. */
export const SAAD_HOURLY_COST_PROVENANCE: Provenance = sourced('S29');

/** The catalogue entry of an establishment type. */
export function establishmentType(code: EstablishmentTypeCode): EstablishmentType {
  const entry = ESTABLISHMENT_TYPE_CATALOGUE.find((e) => e.code === code);
  if (!entry) throw new Error(`Unknown establishment type ${code}`);
  return entry;
}
