import { validateWorkbook } from '../../data';
import type { CooperationData } from '../../data/types';
import { SWOT_RULES } from '../../domain/swot-rules';
import { TOWS_SUGGESTIONS } from '../../domain/swot-tows';
import { computeIndicators } from '../../engine/indicators/compute-indicators';
import type { SwotUserItems } from '../../engine/swot/types';
import { sampleRawWorkbook } from '../../sample';
import { lintPlan, describeFindings } from '../../../test/lint/modelling-lint';
import { readSwotUserItems } from '../read-swot-user-items';
import type { PlanSheet } from '../types';
import { createSheetContext } from '../sheet-context';
import { indicatorsSheetLayout } from './indicators-sheet';
import { swotPlan } from './swot-sheet.test-support';
import { SWOT_USER_ROWS } from './swot-sheet-layout';
import { percentText, templateFormula, templateText } from './swot-sheet-text';
import { planSheetRows } from '../plan-sheet-rows.test-support';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('sample invalid');
  return v.value;
}

/** A sheet's cells as rows of values from A1, formulas giving their expected value: what an adapter reads back. */
const swotSheet = (sheets: readonly PlanSheet[]) => sheets.find((s) => s.key === 'swot')!;

describe('the SWOT sheet', () => {
  const data = sample();

  it.each(['fr', 'en'] as const)('keeps the modelling rules (%s): the lint finds nothing', (lang) => {
    const { plan } = swotPlan(data, lang);
    const findings = lintPlan(plan).filter((f) => f.sheet === swotSheet(plan.sheets).name);
    expect(describeFindings(findings)).toBe('');
  });

  it('holds one rule row per rule and entity, each with its TRUE/FALSE and the engine’s value', () => {
    const { plan, result } = swotPlan(data, 'en');
    const sheet = swotSheet(plan.sheets);
    const perEntity = SWOT_RULES.filter((r) => r.scope === 'entity').length;
    const perGroup = SWOT_RULES.length - perEntity;
    expect(result.items).toHaveLength(perEntity * (data.partners.length + 1) + perGroup);
    for (const item of result.items) {
      const key = `${item.rule}.${item.entity ?? 'group'}`;
      const keyCell = sheet.cells.find((c) => c.col === 1 && c.value === key);
      expect(keyCell).toBeDefined();
      const flag = sheet.cells.find((c) => c.row === keyCell!.row && c.col === 3)!;
      expect(flag.expected).toBe(item.applies);
      const text = sheet.cells.find((c) => c.row === keyCell!.row && c.col === 2)!;
      expect(text.formula).toMatch(/^IF\(C\d+,/);
      expect(text.expected === '').toBe(!item.applies);
    }
  });

  it('points each rule’s value at the indicators sheet cell of its entity', () => {
    const { plan } = swotPlan(data, 'fr');
    const indicators = plan.sheets.find((s) => s.key === 'indicators')!;
    const layout = indicatorsSheetLayout(data.partners.length, indicators.name);
    const engine = computeIndicators(data);
    // The layout agrees with the built sheet: the consolidated cell of each indicator holds its value.
    for (const key of ['occupancyRate', 'costPerPlace', 'personnelShare', 'cafRate', 'dependenceRatio', 'buildingAgeRatio'] as const) {
      const cell = indicators.cells.find((c) => c.row === layout.row(key) && c.col === layout.col(null))!;
      expect(cell.expected).toBe(engine.consolidated[key].value ?? 'n.d.');
      const partnerCell = indicators.cells.find((c) => c.row === layout.row(key) && c.col === layout.col(1))!;
      expect(partnerCell.expected).toBe(engine.partners[1].indicators[key].value ?? 'n.d.');
    }
    const swot = swotSheet(plan.sheets);
    const key = swot.cells.find((c) => c.col === 1 && c.value === `occupancyHigh.${data.partners[1].code}`)!;
    expect(swot.cells.find((c) => c.row === key.row && c.col === 5)!.formula).toBe(layout.ref('occupancyRate', 1));
  });

  it('reads every value of the swotRules section of the assumptions sheet (no input that changes nothing)', () => {
    const { plan } = swotPlan(data, 'fr');
    const ctx = createSheetContext(data, 'fr', 2024);
    const formulas = swotSheet(plan.sheets).cells.map((c) => c.formula ?? '').join(' ');
    const unread = ctx.entries.filter((e) => e.section === 'swotRules').flatMap((e) => [e.key, ...(e.low ? [`${e.key}.low`, `${e.key}.high`] : [])])
      .filter((key) => !formulas.includes(ctx.assumptions.ref(key)));
    expect(unread).toEqual([]);
  });

  it('lists every TOWS suggestion with a live TRUE/FALSE', () => {
    const { plan, result } = swotPlan(data, 'fr');
    const sheet = swotSheet(plan.sheets);
    for (const [i, s] of TOWS_SUGGESTIONS.entries()) {
      const key = sheet.cells.find((c) => c.col === 1 && c.value === s.id)!;
      const flag = sheet.cells.find((c) => c.row === key.row && c.col === 3)!;
      expect(flag.formula).toMatch(/^AND\(\$E\$\d+>0,\$E\$\d+>0\)$/);
      expect(flag.expected).toBe(result.tows[i].applies);
    }
  });

  it('gives each quadrant eight unlocked user rows, more when more items were kept', () => {
    const many = Array.from({ length: 11 }, (_, i) => `Point ${i + 1}`);
    const { plan } = swotPlan(data, 'fr', {}, { S: [], W: many, O: [], T: [] });
    const sheet = swotSheet(plan.sheets);
    const count = (q: string) => sheet.cells.filter((c) => typeof c.value === 'string' && c.value.startsWith(`swot.user.${q}.`)).length;
    // S and W share their rows: 11 kept + 2 spare; O and T keep the eight.
    expect([count('S'), count('W'), count('O'), count('T')]).toEqual([13, 13, SWOT_USER_ROWS, SWOT_USER_ROWS]);
    const userCells = sheet.cells.filter((c) => c.style === 'input');
    expect(userCells).toHaveLength(2 * 13 + 2 * SWOT_USER_ROWS);
    expect(plan.styles.input.locked).toBe(false);
    expect(sheet.protect).toBe(true);
  });

  it('writes the kept user items back where readSwotUserItems finds them', () => {
    const kept: SwotUserItems = { S: ['Équipes stables', 'Bénévoles'], W: [], O: ['Appel à projets ARS'], T: ['Départ du directeur'] };
    const { plan } = swotPlan(data, 'fr', {}, kept);
    expect(readSwotUserItems(planSheetRows(swotSheet(plan.sheets)))).toEqual(kept);
  });
});

describe('the item texts', () => {
  it('writes a rate with one decimal and the language’s mark, half away from zero', () => {
    // 1.652 % → 1.7; −3.45 % → −3.5 (ROUND goes away from zero); 99.99 % → 100.0.
    expect(percentText(0.01652, ',')).toBe('1,7');
    expect(percentText(-0.0345, '.')).toBe('-3.5');
    expect(percentText(0.9999, ',')).toBe('100,0');
    expect(percentText(-0.0004, ',')).toBe('0,0');
  });

  it('joins the template’s literals and pieces into one formula and one text', () => {
    const pieces = {
      entity: { formula: 'G9', format: 'text' as const, value: 'A' },
      value: { formula: 'E9', format: 'eur' as const, value: 41_250.5 },
    };
    expect(templateFormula('{entity}: {value} € a "place"', pieces, '.')).toBe('G9&": "&ROUND(E9,0)&" € a ""place"""');
    expect(templateText('{entity}: {value} €', pieces, '.')).toBe('A: 41251 €');
  });
});
