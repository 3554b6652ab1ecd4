import { cumulativeSums } from './cumulative-sums';

describe('cumulativeSums', () => {
  it('runs the total year by year', () => {
    expect(cumulativeSums([-10, 4, 8])).toEqual([-10, -6, 2]);
  });
});
