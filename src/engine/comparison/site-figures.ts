import type { Site } from '../../data/types';
import { carefulSum } from '../careful-sum';

export interface SiteFigures {
  readonly sites: number;
  readonly authorisedPlaces: number;
  readonly daysDelivered: number;
  readonly rentAndChargesEur: number;
  readonly floorAreaM2: number;
}

/** Σ of an optional field; an empty cell counts as nothing, as SUM does in the sheet. */
const total = (sites: readonly Site[], field: (s: Site) => number | null): number =>
  carefulSum(sites.map(field).filter((v): v is number => v !== null));

/**
 * Count of sites and the sums of their places, days delivered, rent and charges and floor area.
 *
 * Formula: n = count of sites; other figures Σ over sites of the field, empty fields left out.
 * Source: INPUT-SCHEMA `Sites`.
 * @example siteFigures([{ authorisedPlaces: 40, … }, { authorisedPlaces: null, … }]).authorisedPlaces // 40
 */
export function siteFigures(sites: readonly Site[]): SiteFigures {
  return {
    sites: sites.length,
    authorisedPlaces: total(sites, (s) => s.authorisedPlaces),
    daysDelivered: total(sites, (s) => s.daysDelivered),
    rentAndChargesEur: total(sites, (s) => s.rentAndChargesEur),
    floorAreaM2: total(sites, (s) => s.floorAreaM2),
  };
}
