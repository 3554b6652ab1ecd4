import { ESTABLISHMENT_TYPE_CATALOGUE } from './establishment-types';
import { SWOT_COST_TYPES, SWOT_RULES, SWOT_THRESHOLD_DEFAULTS, swotRule } from './swot-rules';
import { TOWS_SUGGESTIONS } from './swot-tows';

describe('the SWOT catalogues', () => {
  it('gives a reference cost to the eight types of DOMAIN §2.4 priced by the place (not SAAD by the hour, not FAM)', () => {
    expect(SWOT_COST_TYPES).toEqual(['EHPAD', 'IME', 'ESAT', 'MAS', 'SESSAD', 'SSIAD', 'SAMSAH', 'CHRS']);
    expect(ESTABLISHMENT_TYPE_CATALOGUE.find((e) => e.code === 'EHPAD')?.costPerPlaceEur).toEqual({ low: 34_150, base: 37_043, high: 41_189 });
  });

  it('lists the rules quadrant by quadrant, S, W, O then T, the sheet’s blocks', () => {
    const order = SWOT_RULES.map((r) => r.quadrant).join('');
    expect(order).toBe('SSWWWOOTTT');
  });

  it('pairs each TOWS suggestion’s internal rule (S or W) with an external one (O or T), as its kind says', () => {
    for (const s of TOWS_SUGGESTIONS) {
      expect(`${swotRule(s.internal).quadrant}${swotRule(s.external).quadrant}`).toBe(s.kind);
    }
    expect(new Set(TOWS_SUGGESTIONS.map((s) => s.id)).size).toBe(TOWS_SUGGESTIONS.length);
  });

  it('keeps the thresholds of the brief and DOMAIN §7: 95 % occupancy, 85 % personnel share', () => {
    const value = (key: string) => SWOT_THRESHOLD_DEFAULTS.find((d) => d.key === key)?.value;
    expect([value('swot.occupancyMin'), value('swot.personnelShareMax')]).toEqual([0.95, 0.85]);
  });
});
