import { catalogues } from './catalogues';

describe('i18n catalogues', () => {
  it('has the same keys in French and English', () => {
    const fr = Object.keys(catalogues.fr).sort();
    const en = Object.keys(catalogues.en).sort();
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
    const mismatched = Object.keys(catalogues.fr).filter(
      (k) => catalogues.en[k] !== undefined && names(catalogues.fr[k]) !== names(catalogues.en[k]),
    );
    expect(mismatched).toEqual([]);
  });
});
