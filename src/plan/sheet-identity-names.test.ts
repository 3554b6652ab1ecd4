import { sheetIdentityNames, SHEET_NAME_PREFIX } from './sheet-identity-names';

describe('sheetIdentityNames', () => {
  it("names each sheet's A1 after its key", () => {
    expect(sheetIdentityNames([{ key: 'cover' }, { key: 'assumptions' }])).toEqual([
      { name: 'CoopSheet_cover', sheetKey: 'cover', row: 1, col: 1 },
      { name: 'CoopSheet_assumptions', sheetKey: 'assumptions', row: 1, col: 1 },
    ]);
    expect(SHEET_NAME_PREFIX).toBe('CoopSheet_');
  });
});
