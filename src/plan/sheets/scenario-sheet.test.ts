import type { CooperationData } from '../../data/types';
import { aLine, aPartner, aSite, aStaffGroup } from '../../engine/comparison/data-builders.test-support';
import { POOLED_FUNCTIONS } from '../../engine/model-assumptions';
import { defaultScenarios } from '../../engine/scenarios/default-scenarios';
import type { ScenarioDefinition } from '../../engine/scenarios/types';
import type { PlanCell, PlanSheet } from '../types';
import { BASES_COL } from './bases-sheet';
import { scenarioSheetsPlan } from './scenario-sheet-plan.test-support';
import { COL } from './scenario-writer';
import { describeFindings, lintPlan } from '../../../test/lint';

// Two partners worked by hand: A (charges 300 000 €, ACHATS 100 000 €) and `B*` (charges 200 000 €,
// ACHATS 50 000 €, a site of 20 000 € rent); staff ASH: A 2 FTE for 60 000 €, B* 1 FTE for 36 000 €.
const data: CooperationData = {
  partners: [aPartner('A', { balanceSheetTotalEur: 2_000_000 }), aPartner('B*', { balanceSheetTotalEur: 900_000 })],
  sites: [aSite('B*', 'S-B', { rentAndChargesEur: 20_000 })],
  budgets: [
    aLine('A', 'CHARGES', 'I', 100_000, { function: 'ACHATS' }),
    aLine('A', 'CHARGES', 'II', 200_000),
    aLine('B*', 'CHARGES', 'I', 50_000, { function: 'ACHATS' }),
    aLine('B*', 'CHARGES', 'II', 150_000),
  ],
  staff: [aStaffGroup('A', 'SERVICES_GENERAUX', 2, 60_000), aStaffGroup('B*', 'SERVICES_GENERAUX', 1, 36_000)],
};

const pooledAchats: ScenarioDefinition = {
  ...defaultScenarios(data)[1],
  code: 'S2', name: '', form: 'FUSION_ABSORPTION', partnerFlags: [1, 1], siteFlags: [1],
  functions: POOLED_FUNCTIONS.map((code) => ({ code, pooled: code === 'ACHATS' ? 1 : 0, bottomUp: 0, fteRemoved: 0, oneOffEur: 0 })),
  harmonisation: 1, shareKept: 1, delayYears: 0,
};

const built = (lang: 'fr' | 'en' = 'en') => scenarioSheetsPlan(data, lang, { definitions: [pooledAchats] });
const sheetOf = (plan: { sheets: readonly PlanSheet[] }, key: string) => plan.sheets.find((s) => s.key === key)!;
const cellAt = (sheet: PlanSheet, row: number, col: number): PlanCell | undefined => sheet.cells.find((c) => c.row === row && c.col === col);
const rowLabelled = (sheet: PlanSheet, text: string, col = COL.label) => sheet.cells.find((c) => c.col === col && c.value === text)!.row;
/** Row and column of an absolute one-cell address (`'Pooling S2'!$D$12`). */
const addressOf = (ref: string) => {
  const m = /!\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
};

describe('the Bases sheet', () => {
  const { plan, bases } = built();
  const sheet = sheetOf(plan, 'bases');

  it('is a protected calculation sheet named Baselines (Bases in French)', () => {
    expect([sheet.name, sheet.class, sheet.protect]).toEqual(['Baselines', 'calculation', true]);
    expect(sheetOf(built('fr').plan, 'bases').name).toBe('Bases');
  });

  it('reads the partner codes from the data sheet by position', () => {
    const codes = [0, 1].map((p) => cellAt(sheet, 5, bases.partnerCol(p))!);
    expect(codes.map((c) => c.expected)).toEqual(['A', 'B*']);
    expect(codes[1].formula).toMatch(/^INDEX\('Data'!\$[A-Z]+\$6:\$[A-Z]+\$7,COLUMN\(\)-COLUMN\(\$E\$5\)\+1\)$/);
  });

  it('holds each partner\'s charges where the layout says, matching codes exactly (no SUMIFS wildcard)', () => {
    const row = bases.row('charges');
    expect(bases.partnerRange('charges')).toBe(`'Baselines'!$E$${row}:$F$${row}`);
    expect(bases.partnerCell('charges', 1)).toBe(`'Baselines'!F$${row}`);
    // A: 100 000 + 200 000; B*: 50 000 + 150 000.
    expect([0, 1].map((p) => cellAt(sheet, row, bases.partnerCol(p))!.expected)).toEqual([300_000, 200_000]);
    expect(sheet.cells.filter((c) => c.formula?.includes('SUMIFS'))).toEqual([]);
  });

  it('computes each partner\'s harmonisation gap against the highest average cost', () => {
    // SERVICES_GENERAUX: A 30 000 €/FTE, B* 36 000 €/FTE → target 36 000 €; A's gap 2 × 6 000 = 12 000 €, B*'s 0.
    const row = bases.row('harmonisationGap');
    expect([0, 1].map((p) => cellAt(sheet, row, bases.partnerCol(p))!.expected)).toEqual([12_000, 0]);
    expect(cellAt(sheet, row, BASES_COL.total)!.expected).toBe(12_000);
  });

  it('lists each site with its partner and rent', () => {
    expect(bases.sites).not.toBeNull();
    const row = bases.firstSiteRow;
    expect([BASES_COL.code, BASES_COL.label, BASES_COL.total].map((c) => cellAt(sheet, row, c)!.expected)).toEqual(['S-B', 'B*', 20_000]);
    expect(bases.sites!.rents).toBe(`'Baselines'!$D$${row}:$D$${row}`);
  });
});

describe('a scenario sheet', () => {
  const { plan, refs, outcomes } = built();
  const sheet = sheetOf(plan, 'savings_S2');
  const o = outcomes[0];
  const r = refs[0];
  const valueAt = (ref: string) => {
    const { row, col } = addressOf(ref);
    return cellAt(sheet, row, col)!.expected;
  };

  it('is a protected calculation sheet keyed savings_S2, named Pooling S2 (Mutualisation S2 in French)', () => {
    expect([sheet.key, sheet.name, sheet.class, sheet.protect]).toEqual(['savings_S2', 'Pooling S2', 'calculation', true]);
    expect(sheetOf(built('fr').plan, 'savings_S2').name).toBe('Mutualisation S2');
  });

  it('keeps the timeline of every sheet: years from column I, header on row 5', () => {
    expect(sheet.timeline).toEqual({ row: 5, firstCol: 9, count: o.yearIndexes.length });
    expect(sheet.print?.printTitleRows).toEqual({ first: 5, last: 7 });
  });

  it('names the headlines S2_NPV, S2_Payback, S2_NetBenefitTotal, S2_OneOffCosts on the cells the refs give', () => {
    const names = plan.names.filter((n) => n.sheetKey === 'savings_S2');
    expect(names.map((n) => n.name)).toEqual(['S2_NPV', 'S2_Payback', 'S2_NetBenefitTotal', 'S2_OneOffCosts']);
    const at = (name: string) => names.find((n) => n.name === name)!;
    expect(addressOf(r.npv)).toEqual({ row: at('S2_NPV').row, col: at('S2_NPV').col });
    expect(addressOf(r.oneOffTotal)).toEqual({ row: at('S2_OneOffCosts').row, col: at('S2_OneOffCosts').col });
    expect(valueAt(r.netBenefitTotal)).toBe(o.netBenefitTotalEur);
    expect(valueAt(r.npv)).toBe(o.npvEur.ok ? o.npvEur.value : null);
  });

  it('gives sheet-qualified absolute refs for the comparison and scoring sheets', () => {
    const all = [r.npv, r.payback, r.netBenefitTotal, r.oneOffTotal, r.partnersIncluded, r.functionsPooled, r.ftePooled, r.sitesClosed,
      r.shareKept, r.integrationLevel, r.auditorRequired, r.netBenefit(0), r.cumulative(5), r.frng(1), r.cash(2),
      r.partnerNetBenefitTotal(1), r.partnerNpv(0), r.partnerPayback(1)];
    for (const ref of all) expect(ref).toMatch(/^'Pooling S2'!\$[A-Z]+\$\d+$/);
    expect(addressOf(r.netBenefit(3)).col).toBe(9 + 3);
    // Two partners in, one function pooled, one site closed; merger by absorption: level 5.
    expect([r.partnersIncluded, r.functionsPooled, r.sitesClosed, r.integrationLevel].map(valueAt)).toEqual([2, 1, 1, 5]);
    // Absorption: B*'s 900 000 € move into A; below the 1 550 000 € threshold.
    expect(valueAt(r.auditorRequired)).toBe(false);
    expect(o.merger.assetsTransferredEur).toBe(900_000);
  });

  it('shares costs by charges and the ACHATS savings by the ACHATS baseline', () => {
    const costRow = rowLabelled(sheet, 'Cost key (share of charges)');
    // 300 000 / 500 000 and 200 000 / 500 000.
    expect([9, 10].map((c) => cellAt(sheet, costRow, c)!.expected)).toEqual([0.6, 0.4]);
    const achats = sheet.cells.find((c) => c.col === COL.code && c.value === 'ACHATS')!.row;
    // 100 000 / 150 000 and 50 000 / 150 000.
    expect(cellAt(sheet, achats, 9)!.expected).toBeCloseTo(2 / 3, 12);
    expect(cellAt(sheet, achats, 10)!.expected).toBeCloseTo(1 / 3, 12);
    expect(cellAt(sheet, achats, 10)!.formula).toMatch(/^IF\(\$D\d+>0,J\$\d+\*'Baselines'!F\$\d+\/\$D\d+,J\$\d+\)$/);
  });

  it('starts each function\'s ramp-up after the scenario\'s delay', () => {
    const savingsRow = sheet.cells.filter((c) => c.col === COL.code && c.value === 'ACHATS').map((c) => c.row)[2]; // keys, levers, savings
    expect(cellAt(sheet, savingsRow, 11)!.formula).toMatch(
      /^\$F\d+\*IF\(K\$6-'Scenarios'!\$D\$\d+<0,0,INDEX\('Assumptions'!\$I\$\d+:\$N\$\d+,1,K\$6-'Scenarios'!\$D\$\d+\+1\)\)\*K\$7$/,
    );
  });

  it('saves the closed site\'s rent for its own partner from year 1', () => {
    const rows = sheet.cells.filter((c) => c.value === 'Savings of its sites').map((c) => c.row);
    expect(rows).toHaveLength(2);
    expect([0, 1, 2].map((t) => cellAt(sheet, rows[1], 9 + t)!.expected)).toEqual([0, 20_000, 20_000]);
    expect([0, 1, 2].map((t) => cellAt(sheet, rows[0], 9 + t)!.expected)).toEqual([0, 0, 0]);
  });

  it('keeps the formula rules of MODELLING.md beside the data, assumptions, Scénarios, legal forms and Bases sheets', () => {
    expect(describeFindings(lintPlan(plan))).toBe('');
  });

  it('is caught by the lint when one year of a row gets its own formula', () => {
    const nb = addressOf(r.netBenefit(2));
    const altered = { ...plan, sheets: plan.sheets.map((s) => (s !== sheet ? s : {
      ...s, cells: s.cells.map((c) => (c.row === nb.row && c.col === nb.col ? { ...c, formula: `(${c.formula})*1` } : c)),
    })) };
    expect(lintPlan(altered).map((f) => [f.rule, f.sheet, f.address])).toEqual([['r1c1', 'Pooling S2', `K${nb.row}`]]);
  });

  it('adds three checks that hold on the engine\'s figures', () => {
    const checks = scenarioSheetsPlan(data, 'en', { definitions: [pooledAchats] }).checks.filter((c) => c.key.startsWith('scenario.S2.'));
    expect(checks.map((c) => [c.key, c.expected])).toEqual([
      ['scenario.S2.savingsBaseline', true], ['scenario.S2.partnersAddUp', true], ['scenario.S2.netBenefit', true],
    ]);
    expect(checks.every((c) => c.formula.includes("'Pooling S2'!"))).toBe(true);
  });

  it('shows why NPV and payback have no value when no partner takes part', () => {
    const none = scenarioSheetsPlan(data, 'en', { definitions: [{ ...pooledAchats, partnerFlags: [0, 0] }] });
    const s = sheetOf(none.plan, 'savings_S2');
    const at = (ref: string) => { const { row, col } = addressOf(ref); return cellAt(s, row, col)!.expected; };
    expect([at(none.refs[0].npv), at(none.refs[0].payback), at(none.refs[0].partnerPayback(0))]).toEqual(['no partner', 'no partner', 'no partner']);
  });
});
