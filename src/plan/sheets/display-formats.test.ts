import { validateWorkbook } from '../../data';
import type { CooperationData } from '../../data/types';
import { sampleRawWorkbook } from '../../sample';
import { buildModel } from '../build-model';
import { FORMAT_RATE_FINE } from '../layout/number-formats';
import type { PlanCell, PlanSheet } from '../types';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

const { plan } = buildModel(sample(), { lang: 'fr', generatedAt: new Date('2026-01-15T09:00:00Z'), productVersion: '9.9.9' });
const sheet = (key: string): PlanSheet => plan.sheets.find((s) => s.key === key)!;
const addressOf = (c: PlanCell) => `$${String.fromCharCode(64 + c.col)}$${c.row}`;

describe('display formats of figures that repeat an input', () => {
  it('shows the change-management rate with two decimals on the assumptions sheet (0.75 %, not 0.8 %)', () => {
    // The default change-management rate is 0.75 % (DOMAIN §7): 0.0 % would display 0.8 %.
    const hyp = sheet('assumptions');
    const keyCell = hyp.cells.find((c) => c.value === 'oneOff.changeManagementRate')!;
    const input = hyp.cells.find((c) => c.row === keyCell.row && c.col === 4)!;
    expect(input.numberFormat).toBe(FORMAT_RATE_FINE);
  });

  it('formats every cell that only repeats an assumption input the way that input is formatted', () => {
    const hyp = sheet('assumptions');
    const formatByRef = new Map(hyp.cells.filter((c) => c.style === 'input').map((c) => [`'Hypothèses'!${addressOf(c)}`, c.numberFormat]));
    const repeats = plan.sheets.filter((s) => s.key !== 'assumptions').flatMap((s) => s.cells.filter((c) => c.formula !== undefined && formatByRef.has(c.formula)));
    expect(repeats.length).toBeGreaterThan(5);
    const differing = plan.sheets.filter((s) => s.key !== 'assumptions').flatMap((s) => s.cells
      .filter((c) => c.formula !== undefined && formatByRef.has(c.formula) && c.numberFormat !== undefined)
      .filter((c) => c.numberFormat !== formatByRef.get(c.formula!))
      .map((c) => `${s.key}!R${c.row}C${c.col} ${c.numberFormat} vs ${formatByRef.get(c.formula!)}`));
    expect(differing).toEqual([]);
  });
});
