import { describeFindings, lintPlan } from '../../../test/lint/modelling-lint';
import type { PlanCell, PlanSheet } from '../types';
import { bestFormula, bestOf } from './scenario-comparison-sheet-best';
import { yearRelative } from './scenario-comparison-sheet-years';
import { aScoringResult, anOutcome, handCase, handPlan } from './scenario-comparison-sheet.test-support';

// Hand case (test-support): S1 "Achats partagés" (CONVENTION), S2 unnamed (GCSMS), S3 "Fusion" (FUSION_ABSORPTION);
// partners A, B, A*. Columns: A label, B unit, C S0, D S1, E S2, F S3, G best; years 0–3 in I–L.
const [S0, S1, S2, S3, BEST] = [3, 4, 5, 6, 7];
const { plan, built } = handPlan('fr');
const sheet = built.sheet;
const at = (s: PlanSheet, row: number, col: number): PlanCell | undefined => s.cells.find((c) => c.row === row && c.col === col);
const rowsLabelled = (s: PlanSheet, label: string) => s.cells.filter((c) => c.col === 1 && c.value === label).map((c) => c.row);
const rowLabelled = (label: string) => {
  const rows = rowsLabelled(sheet, label);
  if (rows.length !== 1) throw new Error(`${rows.length} rows labelled ${label}`);
  return rows[0];
};
const across = (row: number, cols: readonly number[]) => cols.map((c) => at(sheet, row, c)?.formula === undefined ? at(sheet, row, c)?.value : at(sheet, row, c)?.expected);
const GCSMS = 'GCSMS'; // the short name: scenario columns are narrow

describe('buildScenarioComparisonSheet', () => {
  it('is a protected output sheet named Scénarios comparés, printed A4 landscape to the page width, frozen on the scenario headers', () => {
    expect(sheet).toMatchObject({ key: 'scenarioComparison', name: 'Scénarios comparés', class: 'output', protect: true, freeze: { rows: 8, cols: 2 } });
    expect(sheet.print).toMatchObject({
      landscape: true, fitToWidth: true, printTitleRows: { first: 7, last: 8 },
      header: 'Scénarios comparés au statu quo — exercice 2024', footer: 'Page &P / &N',
    });
    expect(built.checks).toEqual([]);
  });

  it('heads the columns with S0, every scenario and Best, and names each scenario, with the form’s name when the board gave none', () => {
    expect(across(7, [S0, S1, S2, S3, BEST])).toEqual(['S0', 'S1', 'S2', 'S3', 'Meilleur']);
    expect(across(8, [S0, S1, S2, S3])).toEqual(['Statu quo', 'Achats partagés', GCSMS, 'Fusion']);
    expect(at(sheet, 8, S2)?.formula).toBe(
      "IF('Scénarios'!$E$7=\"\",IFERROR(INDEX('Formes juridiques'!$B$5:$B$17,MATCH('Scénarios'!$E$8,'Formes juridiques'!$A$5:$A$17,0)),'Scénarios'!$E$8),'Scénarios'!$E$7)",
    );
  });

  it('reads each figure from the scenario’s own sheet and shows the status quo as 0, or — where nothing applies', () => {
    const npv = rowLabelled('VAN');
    expect(at(sheet, npv, S1)?.formula).toBe("'Mutualisation S1'!$D$5");
    expect(across(npv, [S0, S1, S2, S3])).toEqual([0, 120_000, -25_000, 450_000]);
    expect(across(rowLabelled('Délai de récupération'), [S0, S1, S2, S3])).toEqual(['—', 2.5, 'non atteint dans l’horizon', 3.4]);
    expect(across(rowLabelled('Part des économies gardée par les associations'), [S0, S1, S2])).toEqual(['—', 1, 0.8]);
    expect(across(rowLabelled('Forme juridique'), [S0, S1, S2, S3])).toEqual(['Aucune (chacun seul)', 'Convention', GCSMS, 'Fusion-absorption']);
    // Integration level: the catalogue's maximum of each form (1, 4, 5).
    expect(across(rowLabelled('Niveau d’intégration de la forme (1 à 5)'), [S0, S1, S2, S3])).toEqual([0, 1, 4, 5]);
    const auditor = rowLabelled('Commissaire à la fusion requis');
    expect(across(auditor, [S0, S1, S3])).toEqual([false, false, true]);
    expect(at(sheet, auditor, S3)?.formula).toBe("AND('Mutualisation S3'!$D$15)");
    expect(at(sheet, auditor, S3)?.numberFormat).toBe('"VRAI";"VRAI";"FAUX"');
  });

  it('names the winner of a higher-is-better row (NPV: S3) and of a lower-is-better row (one-off costs: S1; payback: S1, S2 not within the horizon)', () => {
    expect(at(sheet, rowLabelled('VAN'), BEST)?.expected).toBe('S3');
    expect(at(sheet, rowLabelled('Coûts ponctuels'), BEST)?.expected).toBe('S1');
    expect(at(sheet, rowLabelled('Délai de récupération'), BEST)?.expected).toBe('S1');
    expect(at(sheet, rowLabelled('Gain net sur l’horizon'), BEST)?.expected).toBe('S3');
    expect(at(sheet, rowLabelled('Score pondéré'), BEST)?.expected).toBe('S2');
    expect(at(sheet, rowLabelled('Rang'), BEST)?.expected).toBe('S2');
    const oneOff = rowLabelled('Coûts ponctuels');
    expect(at(sheet, oneOff, BEST)?.formula).toBe(
      `IFERROR(IF(COUNTIF(D${oneOff}:F${oneOff},MIN(D${oneOff}:F${oneOff}))>1,"ex æquo",INDEX($D$7:$F$7,MATCH(MIN(D${oneOff}:F${oneOff}),D${oneOff}:F${oneOff},0))),"—")`,
    );
  });

  it('shows — in the best column of descriptive rows', () => {
    for (const label of ['Forme juridique', 'Partenaires inclus', 'ETP des fonctions mutualisées', 'Commissaire à la fusion requis']) {
      expect(at(sheet, rowLabelled(label), BEST)).toMatchObject({ value: '—' });
    }
  });

  it('lists every partner in the net benefit, NPV and payback blocks, with the winner for each association', () => {
    for (const label of ['A — Partner A', 'B — Partner B', 'A* — Partner A*']) expect(rowsLabelled(sheet, label)).toHaveLength(3);
    const [nbA, npvA, paybackA] = rowsLabelled(sheet, 'A — Partner A');
    const [nbB, , paybackB] = rowsLabelled(sheet, 'B — Partner B');
    const [, , paybackStar] = rowsLabelled(sheet, 'A* — Partner A*');
    expect(at(sheet, nbB, S2)?.formula).toBe("'Mutualisation S2'!$D$31");
    expect(across(nbA, [S0, S1, S2, S3, BEST])).toEqual([0, 100_000, 150_000, 150_000, 'ex æquo']);
    expect(across(npvA, [S0, S1, S2, S3, BEST])).toEqual([0, 80_000, 120_000, 200_000, 'S3']);
    expect(across(paybackA, [S0, S1, S2, S3, BEST])).toEqual(['—', 2.1, 1.5, 3.2, 'S2']);
    expect(at(sheet, paybackB, BEST)?.expected).toBe('ex æquo');
    expect(at(sheet, paybackStar, BEST)?.expected).toBe('—');
  });

  it('highlights the first choice of the weighted scoring with its code and name', () => {
    const row = rowLabelled('Premier choix');
    expect(at(sheet, row, S0)).toMatchObject({
      formula: "CONCATENATE(\"Le choix pondéré place en tête :\",\" \",'Choix pondéré'!$D$9,\" — \",INDEX($C$8:$F$8,MATCH('Choix pondéré'!$D$9,$C$7:$F$7,0)))",
      expected: `Le choix pondéré place en tête : S2 — ${GCSMS}`,
      style: 'output',
    });
    expect(at(sheet, row, 1)?.style).toBe('output');
  });

  it('links each scenario to its own sheet', () => {
    const row = rowLabelled('Feuille de détail');
    expect([S1, S2, S3].map((c) => at(sheet, row, c)?.linkTo)).toEqual(['savings_S1', 'savings_S2', 'savings_S3']);
    expect(at(sheet, rowLabelled('Choix pondéré'), 1)?.linkTo).toBe('scoring');
  });

  it('writes cumulative net benefit, FRNG and cash by year, one row per scenario, on the shared timeline from column I', () => {
    const header = sheet.timeline!.row;
    expect(sheet.timeline).toEqual({ row: header, firstCol: 9, count: 4 });
    expect([9, 10, 11, 12].map((c) => at(sheet, header, c)?.expected)).toEqual([2025, 2026, 2027, 2028]);
    expect(at(sheet, header, 9)?.formula).toBe(`FirstYear+I$${header + 1}`);
    const [cumS0] = rowsLabelled(sheet, 'S0 — Statu quo');
    expect([9, 10, 11, 12].map((c) => at(sheet, cumS0, c))).toEqual([9, 10, 11, 12].map((col) => expect.objectContaining({ col, value: 0 })));
    const cumS3 = cumS0 + 3;
    expect(at(sheet, cumS3, 1)?.expected).toBe('S3 — Fusion');
    expect(at(sheet, cumS3, 10)?.formula).toBe("'Mutualisation S3'!J$21");
    expect([9, 10, 11, 12].map((c) => at(sheet, cumS3, c)?.expected)).toEqual([-250_000, -180_000, -20_000, 520_000]);
    // Status quo FRNG: partner A's 1 000 000 − 600 000 (B and A* have no balance sheet); cash: less A's BFR 150 000.
    const [frngS0, cashS0] = rowsLabelled(sheet, 'S0 — Statu quo (tous les partenaires, sans l’opération)');
    expect(at(sheet, frngS0, 12)?.expected).toBe(400_000);
    expect(at(sheet, cashS0, 9)?.expected).toBe(250_000);
    expect(at(sheet, cashS0 + 1, 12)).toMatchObject({ formula: "'Mutualisation S1'!L$23", expected: 400_000 });
  });

  it('keeps the modelling rules: the lint finds nothing and every formula carries an expected value', () => {
    expect(describeFindings(lintPlan(plan))).toBe('');
    expect(sheet.cells.filter((c) => c.formula !== undefined && c.expected === undefined)).toEqual([]);
  });

  it('builds in English from the same layout', () => {
    const en = handPlan('en').built.sheet;
    expect(en.name).toBe('Scenarios compared');
    expect(at(en, 7, BEST)?.value).toBe('Best');
    const nbA = rowsLabelled(en, 'A — Partner A')[0];
    expect(at(en, nbA, BEST)?.expected).toBe('tie');
    expect(at(en, rowsLabelled(en, 'NPV')[0], BEST)?.expected).toBe('S3');
  });

  it('reads the status quo’s score when the scoring sheet lists S0', () => {
    const { outcomes, integrationLevels } = handCase();
    const scoring = aScoringResult(['S0', 'S1', 'S2', 'S3'], [40, 55.5, 70.25, 62], [4, 3, 1, 2], 'S2');
    const s = handPlan('fr', outcomes, scoring, integrationLevels).built.sheet;
    const score = rowsLabelled(s, 'Score pondéré')[0];
    expect(at(s, score, S0)).toMatchObject({ formula: "'Choix pondéré'!$D$6", expected: 40 });
    expect(at(s, score, S1)).toMatchObject({ formula: "'Choix pondéré'!$E$6", expected: 55.5 });
  });

  it('builds with a single scenario, which wins every row with a direction', () => {
    const one = [anOutcome('S1', { npv: 5, oneOffTotal: 7, partners: [0, 1, 2].map(() => ({ netBenefit: 1, npv: 1, payback: 1 })) })];
    const { built: b, plan: p } = handPlan('fr', one, aScoringResult(['S1'], [100], [1], 'S1'), [1]);
    expect(at(b.sheet, rowsLabelled(b.sheet, 'VAN')[0], 5)?.expected).toBe('S1');
    expect(describeFindings(lintPlan(p))).toBe('');
  });
});

describe('bestOf', () => {
  const texts = { tie: 'tie', none: '—' };
  it('picks the highest or the lowest number, skipping texts', () => {
    expect(bestOf([120, 'n/a', 300], ['S1', 'S2', 'S3'], 'max', texts)).toBe('S3');
    expect(bestOf([120, 'n/a', 300], ['S1', 'S2', 'S3'], 'min', texts)).toBe('S1');
    expect(bestOf([-5, -2, -9], ['S1', 'S2', 'S3'], 'max', texts)).toBe('S2');
  });
  it('says tie when several share the winning figure, and none without numbers', () => {
    expect(bestOf([3, 1, 1], ['S1', 'S2', 'S3'], 'min', texts)).toBe('tie');
    expect(bestOf([3, 1, 1], ['S1', 'S2', 'S3'], 'max', texts)).toBe('S1');
    expect(bestOf(['n/a', 'n/a'], ['S1', 'S2'], 'min', texts)).toBe('—');
  });
  it('writes MAX or MIN by direction and doubles quotes in its texts', () => {
    expect(bestFormula('D9:E9', '$D$7:$E$7', 'max', { tie: 'a "b"', none: '—' }))
      .toBe('IFERROR(IF(COUNTIF(D9:E9,MAX(D9:E9))>1,"a ""b""",INDEX($D$7:$E$7,MATCH(MAX(D9:E9),D9:E9,0))),"—")');
  });
});

describe('yearRelative', () => {
  it('frees the column of a year cell and keeps its row fixed', () => {
    expect(yearRelative("'Mutualisation S1'!$K$40")).toBe("'Mutualisation S1'!K$40");
    expect(yearRelative("'L''autre'!$AB$7")).toBe("'L''autre'!AB$7");
  });
});

