import { DEFAULT_VALUES, assumptionDefault } from './default-assumptions';
import { SCENARIO_TEMPLATES, scenarioTemplate } from './scenario-templates';
import { supportFunction } from './support-functions';

describe('the default scenario templates', () => {
  it('are S1 a pooling agreement, S2 a GCSMS and S3 a merger by absorption, named after their form', () => {
    expect(SCENARIO_TEMPLATES.map((s) => [s.code, s.form, s.name])).toEqual([
      ['S1', 'CONVENTION', ''], ['S2', 'GCSMS', ''], ['S3', 'FUSION_ABSORPTION', ''],
    ]);
  });

  it('harmonise collective agreements only in the merger: GCSMS staff keep their contract and agreement (S2)', () => {
    expect(SCENARIO_TEMPLATES.map((s) => s.harmonisation)).toEqual([0, 0, 1]);
    expect(scenarioTemplate('S2').provenance.harmonisation).toEqual({ kind: 'sourced', sources: ['S2'] });
  });

  it('pool only poolable functions, S3 all fourteen', () => {
    for (const s of SCENARIO_TEMPLATES) expect(s.pooledFunctions.every((f) => supportFunction(f).poolable)).toBe(true);
    expect(scenarioTemplate('S3').pooledFunctions).toHaveLength(14);
    expect(scenarioTemplate('S3').pooledFunctions).not.toContain('LOCAUX');
  });

  it('keep legal fees within DOMAIN §5.3’s 20–100 k€ and every saving under a CPOM', () => {
    const range = assumptionDefault('oneOff.legalFeesEur').range!;
    for (const s of SCENARIO_TEMPLATES) {
      expect(s.legalFeesEur).toBeGreaterThanOrEqual(range.low);
      expect(s.legalFeesEur).toBeLessThanOrEqual(range.high);
      expect(s.shareKept).toBe(1);
      expect(s.provenance.legalFeesEur).toEqual({ kind: 'assumption' });
    }
    expect(SCENARIO_TEMPLATES.map((s) => s.legalFeesEur)).toEqual([20_000, 40_000, 60_000]);
  });

  it('close head offices and pay a move only in the merger', () => {
    expect(SCENARIO_TEMPLATES.map((s) => [s.siteRule, s.movingCostPerSiteEur])).toEqual([
      ['none', 0], ['none', 0], ['closeAbsorbedHeadOffices', 20_000],
    ]);
  });
});

describe('the severance share', () => {
  it('defaults to a quarter of a year of loaded cost per FTE removed, 10–50 %, an assumption', () => {
    expect(DEFAULT_VALUES['oneOff.severanceShare']).toBe(0.25);
    expect(assumptionDefault('oneOff.severanceShare')).toMatchObject({ unit: 'rate', range: { low: 0.1, base: 0.25, high: 0.5 }, provenance: { kind: 'assumption' } });
  });
});
