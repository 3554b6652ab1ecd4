import { validateWorkbook } from '../data/validate-workbook';
import { sampleRawWorkbook } from './sample-raw-workbook';

describe('the bundled sample', () => {
  it('passes validation without a single error', () => {
    const result = validateWorkbook(sampleRawWorkbook());
    const issues = result.ok ? [] : result.issues;
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('warns only about the reduction lines it carries on purpose', () => {
    const result = validateWorkbook(sampleRawWorkbook());
    if (!result.ok) throw new Error('sample does not validate');
    // Five negative lines by design: 609 on TIL-EHPAD and HOR-ESAT, 6419 on TIL-EHPAD, HOR-IME and PAS-FV.
    expect(result.warnings.map((w) => w.code)).toEqual(['NEGATIVE_AMOUNT', 'NEGATIVE_AMOUNT', 'NEGATIVE_AMOUNT', 'NEGATIVE_AMOUNT', 'NEGATIVE_AMOUNT']);
  });

  it('reads back the codes it writes as labels', () => {
    const result = validateWorkbook(sampleRawWorkbook());
    if (!result.ok) throw new Error('sample does not validate');
    const foyer = result.value.sites.find((s) => s.code === 'PAS-FV');
    expect(foyer?.type).toBe('FOYER_VIE');
    expect(foyer?.tenure).toBe('PROPRIETE');
    expect(result.value.partners.map((p) => p.agreement)).toEqual(['CCN51', 'CCN66', 'CCN66']);
    expect(new Set(result.value.budgets.map((b) => b.side))).toEqual(new Set(['CHARGES', 'PRODUITS']));
  });
});
