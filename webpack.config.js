// Builds the task pane (src/taskpane) for Excel and for the in-browser preview.
//   npm run build  → production bundle in dist/taskpane/ (no certificate involved)
//   npm start      → webpack-dev-server on https://localhost:3000 (office-addin-dev-certs);
//                    plain http when the certificate cannot be made.
// The production base URL of the add-in lives in ONE place: config/addin-urls.json ("prod");
// the production build rewrites every "dev" URL of manifest.xml with it.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const { productionManifest } = require('./config/manifest-urls');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = 3000;
const OUT_DIR = path.resolve(__dirname, 'dist', 'taskpane');

/** `{ dev, prod }` base URLs of config/addin-urls.json (H7's one place for the production address). */
function addinUrls() {
  return JSON.parse(fs.readFileSync(path.resolve(__dirname, 'config', 'addin-urls.json'), 'utf8'));
}

/** The dev server's https options, or null (→ http) when the certificate cannot be made. */
async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `\n[coop-model] Could not create or trust the development certificate (${error && error.message}).` +
        `\n[coop-model] Serving over plain http instead: the in-browser preview works, Excel will refuse it.\n`,
    );
    return null;
  }
}

function printHowToUse(protocol) {
  const base = `${protocol}://localhost:${PORT}/`;
  console.log(
    [
      '',
      '──────────────────────────────────────────────────────────────────────',
      ` Aperçu dans le navigateur / in-browser preview:  ${base}taskpane.html`,
      '',
      ' Charger le complément dans Excel / load the add-in into Excel:',
      '   • where Excel is installed:  npx office-addin-debugging start manifest.xml',
      '   • Excel on the web or desktop: Insert › Add-ins › My add-ins ›',
      '     "Upload my add-in" (Charger mon complément) › choose manifest.xml',
      protocol === 'http' ? '   (Excel needs https: fix the development certificate first, see above.)' : '',
      '──────────────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || (!argv.mode && !env.WEBPACK_SERVE);
  const serving = Boolean(env.WEBPACK_SERVE);
  const urls = addinUrls();
  const server = serving ? await httpsOptions() : null;

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: OUT_DIR,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // ExcelJS's Node build wants stream, zlib and fs polyfills; its browser build carries its own.
        exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js'),
      },
      fallback: { fs: false, path: false, os: false, stream: false, crypto: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: 'tsconfig.json',
              // ES modules, so that webpack keeps only the Fluent UI components the pane uses.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
      ],
      // The minified ExcelJS bundle is already self-contained: skip parsing its requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Icons, help.html and commands.html (the manifest's FunctionFile) live in assets/.
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: production ? (content) => productionManifest(content.toString('utf8'), urls) : undefined,
          },
        ],
      }),
    ],
    optimization: {
      // ExcelJS (about 1 MB) is only needed to download the model: its own chunk, loaded on demand.
      splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs-lib', chunks: 'async' } } },
    },
    performance: { hints: false },
    devServer: {
      port: PORT,
      server: server || 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Everything is served from webpack's memory (bundle, assets, manifest), never from an old dist/.
      static: false,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      onListening: () => printHowToUse(server ? 'https' : 'http'),
    },
  };
};
