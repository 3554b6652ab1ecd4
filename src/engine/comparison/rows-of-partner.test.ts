import fc from 'fast-check';
import { rowsOfPartner } from './rows-of-partner';
import { sameCode } from './same-code';

describe('rowsOfPartner', () => {
  const rows = [
    { partner: 'A', n: 1 }, { partner: 'b', n: 2 }, { partner: 'a', n: 3 }, { partner: 'B', n: 4 }, { partner: 'ab', n: 5 },
  ];

  it('gives a partner’s rows in their order, case ignored as the sheet’s = ignores it', () => {
    expect(rowsOfPartner(rows, 'a').map((r) => r.n)).toEqual([1, 3]);
    expect(rowsOfPartner(rows, 'B').map((r) => r.n)).toEqual([2, 4]);
    expect(rowsOfPartner(rows, 'AB').map((r) => r.n)).toEqual([5]);
  });

  it('gives nothing for an unknown or missing partner', () => {
    expect(rowsOfPartner(rows, 'C')).toEqual([]);
    expect(rowsOfPartner(rows, null)).toEqual([]);
  });

  it('answers for each array on its own, though it keeps groups between calls', () => {
    const other = [{ partner: 'A', n: 9 }];
    expect(rowsOfPartner(rows, 'A').map((r) => r.n)).toEqual([1, 3]);
    expect(rowsOfPartner(other, 'A').map((r) => r.n)).toEqual([9]);
  });

  it('picks the same rows as filtering with sameCode (seeded property)', () => {
    const code = fc.constantFrom('a', 'A', 'b', 'É', 'é', 'ß', 'SS', 'x1');
    fc.assert(fc.property(fc.array(code, { maxLength: 30 }), code, (codes, partner) => {
      const list = codes.map((c, n) => ({ partner: c, n }));
      expect(rowsOfPartner(list, partner)).toEqual(list.filter((r) => sameCode(r.partner, partner)));
    }), { seed: 20261126, numRuns: 200 });
  });
});
