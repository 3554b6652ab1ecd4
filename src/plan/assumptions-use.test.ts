import { RISK_PROPOSAL_RULE_KEYS } from '../domain/risk-catalogue';
import { validateWorkbook } from '../data';
import type { CooperationData } from '../data/types';
import { sampleRawWorkbook } from '../sample';
import { buildModel } from './build-model';
import { createSheetContext } from './sheet-context';

function sample(): CooperationData {
  const v = validateWorkbook(sampleRawWorkbook());
  if (!v.ok) throw new Error('the sample must validate');
  return v.value;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Every cell of the assumptions sheet that some formula reads, directly, through a range or a defined name. */
function cellsRead(formulas: readonly string[], names: readonly { name: string; row: number; col: number; sheetKey: string }[]): Set<string> {
  const read = new Set<string>();
  const ref = /'Hypothèses'!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;
  for (const f of formulas) {
    for (const m of f.matchAll(ref)) {
      const [c1, r1] = [columnNumber(m[1]), Number(m[2])];
      const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
      for (let r = r1; r <= r2; r += 1) for (let c = c1; c <= c2; c += 1) read.add(`${r},${c}`);
    }
    for (const n of names) if (n.sheetKey === 'assumptions' && new RegExp(`\\b${n.name}\\b`).test(f)) read.add(`${n.row},${n.col}`);
  }
  return read;
}

describe('the inputs of the assumptions sheet', () => {
  const data = sample();
  const { plan } = buildModel(data, { lang: 'fr', generatedAt: new Date('2026-01-15T09:00:00Z'), productVersion: '9.9.9' });
  const read = cellsRead(plan.sheets.flatMap((s) => s.cells.map((c) => c.formula ?? '')), plan.names);
  const layout = createSheetContext(data, 'fr', 2024).assumptions;
  const used = (row: number, col: number) => read.has(`${row},${col}`);

  it('feeds a formula with every value outside the benchmarks block (no input that changes nothing)', () => {
    const benchmarks = new Set(layout.sections.filter((s) => s.section === 'benchmarks').flatMap((s) => s.rows.map((r) => r.entry.key)));
    // The risk proposal rules are read when the model is generated: they set the default ratings (src/engine/risks).
    const atGeneration = new Set<string>(RISK_PROPOSAL_RULE_KEYS);
    const unused = layout.inputCells()
      .filter((c) => !/\.(low|high)$/.test(c.key))
      .filter((c) => !benchmarks.has(c.key) && !atGeneration.has(c.key))
      .filter((c) => !used(c.row, c.col))
      .map((c) => c.key);
    expect(unused).toEqual([]);
  });

  it('shows the alert thresholds in their own block and the two unused figures under "Repères (non utilisés dans les calculs)"', () => {
    const section = (key: string) => layout.sections.find((s) => s.rows.some((r) => r.entry.key === key))!.section;
    expect(['alert.cafRate', 'alert.dependenceRatio'].map(section)).toEqual(['alerts', 'alerts']);
    expect(['harmonisation.payrollRate', 'personnelShare'].map(section)).toEqual(['benchmarks', 'benchmarks']);
    // The merger auditor threshold feeds the merger rules of every scenario sheet.
    expect(section('mergerAuditorThresholdEur')).toBe('other');
    const hyp = plan.sheets.find((s) => s.key === 'assumptions')!;
    const titleRow = layout.sections.find((s) => s.section === 'benchmarks')!.titleRow;
    expect(hyp.cells.find((c) => c.row === titleRow && c.col === 1)?.value).toBe('Repères (non utilisés dans les calculs)');
  });
});
