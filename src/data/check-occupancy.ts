import { foundText, makeIssue } from './make-issue';
import type { ReadTable } from './read-table';
import type { Issue } from './types';

/** Opening days assumed when a site leaves them empty (INPUT-SCHEMA, Sites). */
export const DEFAULT_OPENING_DAYS = 365;

/**
 * OCCUPANCY_ABOVE_100: days delivered above the site's capacity,
 * capacity (days) = authorised places × opening days (365 when empty).
 * Example: 10 places open 365 days hold at most 3 650 days; 3 700 delivered is a warning.
 */
export function checkOccupancy(sites: ReadTable | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const row of sites?.rows ?? []) {
    const { authorisedPlaces: places, daysDelivered: delivered, openingDays } = row.values;
    if (typeof places !== 'number' || typeof delivered !== 'number' || row.invalid.has('openingDays')) continue;
    const capacityDays = places * (typeof openingDays === 'number' ? openingDays : DEFAULT_OPENING_DAYS);
    if (delivered > capacityDays) {
      issues.push(makeIssue('OCCUPANCY_ABOVE_100', row.placeOf('daysDelivered'),
        { kind: 'between', min: 0, max: capacityDays }, foundText(row.rawOf('daysDelivered'))));
    }
  }
  return issues;
}
