// Regenerate keeps what the user typed: the assumptions sheet's values are read
// back by key and given to buildModel as overrides; the pane's edits are written
// into the same cells.
import { readInputValues, readTypedInputs, writeInputValue, writePlan } from '../../src/adapters/office';
import type { CellValue } from '../../src/data/types';
import { assumptionInputValues } from '../../src/plan/read-assumption-overrides';
import { FakeExcel } from './fake-excel';
import { modelPlan } from './model-fixtures';

const modern = (): boolean => true;

// The adapter holds no layout: it reads the sheet's rows and hands them to the plan's reader.
describe('assumptionInputValues (the plan’s reader of the sheet the adapter reads)', () => {
  it('reads value, low, high and year columns of each keyed row (rows from the header row on)', () => {
    // Layout of the assumptions sheet: key in A, value in D, low/high in E/F,
    // model year indexes on row 4 from column I, headers on row 5.
    const row = (cells: Record<number, CellValue>): CellValue[] => Array.from({ length: 11 }, (_, c) => cells[c + 1] ?? '');
    const values = [
      row({ 1: 'Hypothèses' }),
      row({}),
      row({}),
      row({ 2: 'Année du modèle', 9: 0, 10: 1, 11: 2 }),
      row({ 1: 'Clé', 4: 'Valeur' }),
      row({}),
      row({ 1: 'Temps' }),
      row({ 1: 'discountRate', 4: 0.05, 7: 0.04 }),
      row({ 1: 'savingsRate.ACHATS', 4: 0.1, 5: 0.05, 6: 0.15 }),
      row({ 1: 'rampUp.ACHATS', 9: 0.25, 10: 0.75, 11: 1 }),
      // A TRUE typed in a numeric input reads as 1, as a spreadsheet counts it.
      row({ 1: 'oneOff.registrationDutyEur', 4: true }),
      row({ 1: 'texte libre', 4: 3 }),
    ];
    expect(assumptionInputValues(values)).toEqual({
      discountRate: 0.05,
      'savingsRate.ACHATS': 0.1,
      'savingsRate.ACHATS.low': 0.05,
      'savingsRate.ACHATS.high': 0.15,
      'rampUp.ACHATS.y0': 0.25,
      'rampUp.ACHATS.y1': 0.75,
      'rampUp.ACHATS.y2': 1,
      'oneOff.registrationDutyEur': 1,
    });
  });
});

describe('readInputValues and writeInputValue on a generated model', () => {
  it('return nothing and false when no model was generated', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Feuil1');
    expect(await readInputValues({ run: excel.run })).toEqual({});
    expect(await writeInputValue('discountRate', 0.05, { run: excel.run })).toBe(false);
  });

  it('keep a value the user typed through a regeneration', async () => {
    const excel = new FakeExcel();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    const sheet = excel.sheet('Hypothèses');
    const rowOf = (key: string): number => Number([...sheet.cells].find(([, c]) => c.value === key)![0].split(':')[0]);
    const rampKey = [...sheet.cells.values()].map((c) => c.value).find((v) => typeof v === 'string' && v.startsWith('rampUp.')) as string;
    // The user types 5 % as discount rate (column D) and 40 % in year 1 of a ramp-up (column J = year 1).
    sheet.cells.get(`${rowOf('discountRate')}:4`)!.value = 0.05;
    sheet.cells.get(`${rowOf(rampKey)}:10`)!.value = 0.4;

    const overrides = await readInputValues({ run: excel.run });
    expect(overrides.discountRate).toBe(0.05);
    expect(overrides[`${rampKey}.y1`]).toBe(0.4);

    await writePlan(modelPlan('fr', undefined, overrides), { run: excel.run, supports: modern });
    expect(sheet.cells.get(`${rowOf('discountRate')}:4`)?.value).toBe(0.05);
    expect(sheet.cells.get(`${rowOf(rampKey)}:10`)?.value).toBe(0.4);
  });

  it('write one input where the sheet holds its key, and refuse an unknown key', async () => {
    const excel = new FakeExcel();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    expect(await writeInputValue('discountRate', 0.03, { run: excel.run })).toBe(true);
    expect((await readInputValues({ run: excel.run })).discountRate).toBe(0.03);
    expect(await writeInputValue('noSuchInput', 1, { run: excel.run })).toBe(false);
  });

  it('read back as typed only what differs from the defaults the sheet was generated with', async () => {
    const excel = new FakeExcel();
    await writePlan(modelPlan('fr'), { run: excel.run, supports: modern });
    // A fresh model holds its defaults only: nothing typed, so a regeneration keeps nothing
    // (FirstYear, data year + 1, then follows the data).
    expect(await readTypedInputs({ run: excel.run })).toEqual({});
    expect(await writeInputValue('discountRate', 0.06, { run: excel.run })).toBe(true);
    expect(await readTypedInputs({ run: excel.run })).toEqual({ discountRate: 0.06 });
  });
});
