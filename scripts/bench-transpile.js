'use strict';
// What the bench needs beyond dist/: the Office adapter (left out of the CLI build) with the
// recording fake Excel of test/office, and the LibreOffice driver of test/harness. They are
// TypeScript: each file is transpiled alone (no type check) into a temporary tree that keeps
// the repository's layout, so that their relative imports resolve.
const { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, statSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const ts = require('typescript');

const ROOT = join(__dirname, '..');

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'taskpane') out.push(...tsFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** Transpiles src/ (but the task pane), the fake Excel and the LibreOffice driver into `outDir`. */
function transpileForBench(outDir) {
  const files = [
    ...tsFiles(join(ROOT, 'src')),
    ...['fake-excel', 'fake-range', 'fake-proxy', 'fake-state'].map((f) => join(ROOT, 'test', 'office', `${f}.ts`)),
    // The model carries charts: the fake gets its charts collection from test/charts.
    join(ROOT, 'test', 'charts', 'fake-charts.ts'),
    ...['libreoffice', 'read-workbook', 'grid'].map((f) => join(ROOT, 'test', 'harness', `${f}.ts`)),
  ];
  for (const file of files) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: file,
    });
    const target = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  // Their packages (exceljs…) resolve from the repository's node_modules.
  if (!existsSync(join(outDir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return files.length;
}

module.exports = { transpileForBench };
