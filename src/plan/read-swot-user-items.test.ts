import fc from 'fast-check';
import { readSwotUserItems } from './read-swot-user-items';

describe('readSwotUserItems', () => {
  it('reads the text right of each user key, in index order, dropping empty rows', () => {
    const rows = [
      ['title'],
      ['swot.user.S.2', 'Second', null, 'swot.user.W.1', 'Loin des gares'],
      ['swot.user.S.1', '  First  ', 'swot.user.W.2', ''],
      [null, null, 'swot.user.T.1', 42],
    ];
    expect(readSwotUserItems(rows)).toEqual({ S: ['First', 'Second'], W: ['Loin des gares'], O: [], T: ['42'] });
  });

  it('ignores keys that are not user rows and a key at the end of its row', () => {
    expect(readSwotUserItems([['swot.user.X.1', 'no'], ['occupancyHigh.A', 'no'], ['swot.user.O.1']])).toEqual({ S: [], W: [], O: [], T: [] });
  });

  it('gives back what was laid out, whatever the texts (seeded)', () => {
    const items = fc.array(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && s.trim() === s), { maxLength: 10 });
    fc.assert(fc.property(items, items, items, items, (S, W, O, T) => {
      const kept = { S, W, O, T };
      // Laid out as the sheet does: S and O on the left (A, B), W and T on the right (C, D).
      const rows: (string | null)[][] = [];
      const n = Math.max(S.length, W.length, O.length, T.length) + 2;
      for (const [left, right] of [['S', 'W'], ['O', 'T']] as const) {
        for (let i = 1; i <= n; i++) {
          rows.push([`swot.user.${left}.${i}`, kept[left][i - 1] ?? null, `swot.user.${right}.${i}`, kept[right][i - 1] ?? null]);
        }
      }
      expect(readSwotUserItems(rows)).toEqual(kept);
    }), { seed: 6, numRuns: 100 });
  });
});
