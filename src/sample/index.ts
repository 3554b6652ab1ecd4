export { sampleTables, type SampleTable, type SampleTables } from './sample-tables';
export { sampleRawWorkbook } from './sample-raw-workbook';
export { buildSampleRecords, SAMPLE_SEED, type SampleRecord, type SampleRecords } from './build-sample-records';
export { SAMPLE_YEAR } from './sample-partners';
export { seededRandom } from './seeded-random';
export { syntheticTables, syntheticRawWorkbook, SYNTHETIC_SEED } from './synthetic';
export { SYNTHETIC_SIZES, type SyntheticSize } from './synthetic-sizes';
