/// <reference types="office-js" />
// A workbook for the reader built from office-addin-mock's OfficeMockObject:
// every range and item is a mock whose properties read as an error text until
// loaded and synced. The collections' `items/name` loads, which the mock cannot
// navigate through arrays, load each item; context.sync syncs every mock and
// counts the round trips.
import { OfficeMockObject } from 'office-addin-mock';

export interface MockRange {
  readonly address: string;
  readonly values: unknown[][];
  readonly numberFormat?: unknown[][];
}

export interface MockTable {
  readonly name: string;
  readonly sheet: string;
  readonly header: MockRange;
  readonly body: MockRange;
}

export interface MockSheet {
  readonly name: string;
  /** The used range (values only), or null for an empty sheet. */
  readonly used: MockRange | null;
}

type Mock = OfficeMockObject & Record<string, unknown>;

function rangeMock(range: MockRange, all: Mock[]): Mock {
  const numberFormat = range.numberFormat ?? range.values.map((row) => row.map(() => 'General'));
  const mock = new OfficeMockObject({ address: range.address, values: range.values, numberFormat }) as Mock;
  Object.defineProperty(mock, 'isNullObject', { value: false });
  all.push(mock);
  return mock;
}

function collection(items: Mock[], all: Mock[]): Mock {
  const mock = new OfficeMockObject({}) as Mock;
  mock.items = items;
  mock.load = function load(this: Mock) {
    for (const item of items) item.load('name');
    return this;
  };
  all.push(mock);
  return mock;
}

export function mockWorkbook(tables: readonly MockTable[], sheets: readonly MockSheet[]): { context: Excel.RequestContext; syncs: () => number } {
  const all: Mock[] = [];
  let syncs = 0;
  const nullRange = new OfficeMockObject({}) as Mock;
  Object.defineProperty(nullRange, 'isNullObject', { value: true });
  nullRange.load = function load(this: Mock) {
    return this;
  };
  const sheetMocks = sheets.map((s) => {
    const mock = new OfficeMockObject({ name: s.name }) as Mock;
    const used = s.used ? rangeMock(s.used, all) : nullRange;
    mock.getUsedRangeOrNullObject = () => used;
    all.push(mock);
    return mock;
  });
  const tableMocks = tables.map((t) => {
    const header = rangeMock(t.header, all);
    const body = rangeMock(t.body, all);
    const mock = new OfficeMockObject({ name: t.name, worksheet: { name: t.sheet } }) as Mock;
    mock.getHeaderRowRange = () => header;
    mock.getDataBodyRange = () => body;
    all.push(mock);
    return mock;
  });
  const context = {
    workbook: { tables: collection(tableMocks, all), worksheets: collection(sheetMocks, all) },
    sync: async () => {
      syncs += 1;
      for (const mock of all) await mock.sync();
      // The mock finishes its updates in later microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => syncs };
}
