'use strict';
// LibreOffice recalculation of generated models, headless, through test/harness's driver
// (a private profile that forces "recalculate on load"): the wall time of opening,
// recalculating every formula and saving, minus the same for a one-cell workbook (start-up).
const { join } = require('node:path');

/** Median wall-clock ms of recalculating each model, start-up subtracted; null when soffice is absent. */
async function libreOfficeTimes(compiledDir, models, runs) {
  const { LibreOfficeSession, findSoffice } = require(join(compiledDir, 'test', 'harness', 'libreoffice.js'));
  if (!findSoffice()) return null;
  const ExcelJS = require('exceljs');
  const session = await LibreOfficeSession.start({ timeoutMs: 600_000 });
  try {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Empty').getCell('A1').value = { formula: '1+1', result: 2 };
    const emptyBytes = Buffer.from(await empty.xlsx.writeBuffer());
    const timeOf = async (bytes) => {
      const times = [];
      for (let run = 0; run < runs; run += 1) {
        const before = session.timingsMs.length;
        await session.recalculate(bytes);
        times.push(session.timingsMs[before]);
      }
      return median(times);
    };
    const startUpMs = await timeOf(emptyBytes);
    const out = { startUpMs };
    for (const [label, bytes] of Object.entries(models)) {
      const totalMs = await timeOf(bytes);
      out[label] = { totalMs, recalcMs: Math.max(0, totalMs - startUpMs) };
    }
    return out;
  } finally {
    session.dispose();
  }
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

module.exports = { libreOfficeTimes, median };
