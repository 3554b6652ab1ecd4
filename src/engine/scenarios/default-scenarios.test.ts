import { validateWorkbook } from '../../data';
import type { CooperationData } from '../../data/types';
import { sampleRawWorkbook } from '../../sample';
import { aPartner, aSite } from '../comparison/data-builders.test-support';
import { modelAssumptions, POOLED_FUNCTIONS } from '../model-assumptions';
import { absorbingPartnerIndex, defaultScenarios } from './default-scenarios';
import { scenarioBases } from './scenario-bases';
import { scenarioGlobals } from './scenario-globals';
import { scenarioOutcomes } from './scenario-outcomes';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

describe('defaultScenarios on the sample', () => {
  const data = sample();
  const scenarios = defaultScenarios(data);
  const pooled = (i: number) => scenarios[i].functions.filter((f) => f.pooled === 1).map((f) => f.code);

  it('gives S1 a pooling agreement, S2 a GCSMS and S3 a merger by absorption, every partner in', () => {
    expect(scenarios.map((s) => [s.code, s.form])).toEqual([['S1', 'CONVENTION'], ['S2', 'GCSMS'], ['S3', 'FUSION_ABSORPTION']]);
    for (const s of scenarios) expect(s.partnerFlags).toEqual([1, 1, 1]);
    expect(pooled(0)).toEqual(['ACHATS', 'ASSURANCES', 'FORMATION']);
    expect(pooled(1)).toEqual(['COMPTABILITE_FINANCE', 'PAIE_RH', 'ACHATS', 'SYSTEMES_INFORMATION', 'QUALITE_GESTION_RISQUES']);
    expect(scenarios.map((s) => [s.harmonisation, s.itMigration, s.changeManagement, s.legalFeesEur]))
      .toEqual([[0, 0, 0, 20_000], [0, 1, 1, 40_000], [1, 1, 1, 60_000]]);
  });

  it('makes S3 pool all 14 functions and close the head office of the partner absorbed', () => {
    expect(pooled(2)).toHaveLength(14);
    expect(pooled(2)).toEqual(POOLED_FUNCTIONS);
    // TILLEULS has the largest balance sheet (6.4 M€) and absorbs; HORIZONS' head office HOR-SIEGE closes.
    const closed = data.sites.filter((_, s) => scenarios[2].siteFlags[s] === 1);
    expect(closed.map((s) => [s.code, s.type])).toEqual([['HOR-SIEGE', 'SIEGE']]);
    expect(scenarios[2].movingCostPerSiteEur).toBe(20_000);
    expect(scenarios[0].siteFlags.every((f) => f === 0)).toBe(true);
  });

  it('leaves the defaults top-down, without delay, funding or new head office, the savings all kept', () => {
    for (const s of scenarios) {
      expect(s.functions.every((f) => f.bottomUp === 0 && f.fteRemoved === 0 && f.oneOffEur === 0)).toBe(true);
      expect([s.name, s.shareKept, s.delayYears, s.newHeadOfficeEurPerYear, s.grantsEur, s.loansEur, s.loanYears]).toEqual(['', 1, 0, 0, 0, 0, 0]);
    }
  });

  it('computes the three outcomes, partners adding up to each scenario', () => {
    const outcomes = scenarioOutcomes(data, scenarios, scenarioGlobals(modelAssumptions(2025, {})));
    expect(outcomes.map((o) => o.code)).toEqual(['S1', 'S2', 'S3']);
    for (const o of outcomes) {
      expect(o.npvEur.ok).toBe(true);
      const partnersTotal = o.partners.reduce((s, p) => s + p.netBenefitTotalEur, 0);
      expect(partnersTotal).toBeCloseTo(o.netBenefitTotalEur, 6);
    }
    // Only S3 is a merger: registration duty and merger rules; 6.4 M€ absorbs 5.9 + 2.9 = 8.8 M€ ≥ 1.55 M€.
    expect(outcomes.map((o) => o.oneOff.registrationDutyEur)).toEqual([0, 0, 375]);
    expect(outcomes[2].merger).toEqual({ applies: 1, assetsTransferredEur: 8_800_000, auditorRequired: true });
  });
});

describe('absorbingPartnerIndex', () => {
  it('picks the largest balance sheet among the partners in, ties to the larger charges', () => {
    const bases = scenarioBases({
      partners: [aPartner('A', { balanceSheetTotalEur: 1 }), aPartner('B', { balanceSheetTotalEur: 3 }), aPartner('C', { balanceSheetTotalEur: 3 })],
      sites: [aSite('A', 'X')], budgets: [], staff: [],
    });
    expect(absorbingPartnerIndex(bases, [1, 1, 1])).toBe(1);
    expect(absorbingPartnerIndex(bases, [1, 0, 1])).toBe(2);
    expect(absorbingPartnerIndex(bases, [0, 0, 0])).toBe(-1);
  });
});
