'use strict';
// The task pane's initial JavaScript: webpack's production build (webpack.config.js) into a
// temporary folder, then the entry point's JavaScript files, gzipped (level 9) as a server sends them.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

/** Raw and gzipped bytes of the JavaScript the task pane loads before any user action. */
async function taskPaneInitialJs(outDir) {
  const webpack = require('webpack');
  const configure = require(join(__dirname, '..', 'webpack.config.js'));
  const config = await configure({}, { mode: 'production' });
  // Source maps change nothing in what a browser loads first and double the build time.
  const bench = { ...config, devtool: false, output: { ...config.output, path: outDir } };
  const stats = await new Promise((resolve, reject) => {
    webpack(bench, (error, result) => (error ? reject(error) : resolve(result)));
  });
  if (stats.hasErrors()) throw new Error(`webpack: ${stats.toString({ all: false, errors: true })}`);
  const json = stats.toJson({ all: false, entrypoints: true, chunks: true });
  const files = json.entrypoints.taskpane.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js'));
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  const lazy = json.chunks.filter((c) => !c.initial).flatMap((c) => c.files).filter((f) => f.endsWith('.js'));
  return { files, rawBytes: raw, gzipBytes: gzipped, lazyFiles: lazy };
}

module.exports = { taskPaneInitialJs };
