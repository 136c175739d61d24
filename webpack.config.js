/**
 * Builds the task pane / web page: one bundle, two HTML pages.
 *   dist-web/taskpane.html  the add-in's pane (loads Office.js from Microsoft's CDN, as add-ins must)
 *   dist-web/index.html     the web page outside Excel (no request leaves the machine)
 * Also copies the bundled sample workbook and the add-in's icons, and measures the
 * gzipped size of the JavaScript loaded before first render (the initial chunks),
 * failing a production build over the 250 KB budget.
 */
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { BannerPlugin, Compilation, sources } = require('webpack');

const { manifestForOrigin } = require('./src/taskpane/manifestForOrigin');

const ENTRY = 'taskpane';
/** Where the add-in is served in production (`ADDIN_URL=https://host/path/ npm run build`): writes dist-web/manifest.xml. */
const ADDIN_URL = process.env.ADDIN_URL || '';
/** A self-hosted Office.js (`OFFICE_JS_URL=https://host/office/office.js`), for intranets that block Microsoft's CDN. */
const OFFICE_JS_URL =
  process.env.OFFICE_JS_URL || 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const INITIAL_BUDGET_GZ = 250 * 1024;

/** Sums gzip sizes of the entry's initial JavaScript; writes bundle-size.json beside the pages. */
class InitialSizePlugin {
  constructor(budget, enforce) {
    this.budget = budget;
    this.enforce = enforce;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InitialSizePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'InitialSizePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get(ENTRY);
          const files = [...entry.getFiles()].filter((f) => f.endsWith('.js'));
          const chunks = files.map((file) => {
            const buf = Buffer.from(compilation.getAsset(file).source.buffer());
            return { file, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
          });
          const total = chunks.reduce((s, c) => s + c.gzip, 0);
          const report = { entry: ENTRY, initialGzipBytes: total, budgetGzipBytes: this.budget, chunks };
          compilation.emitAsset('bundle-size.json', new sources.RawSource(JSON.stringify(report, null, 2)));
          const kb = (total / 1024).toFixed(1);
          const line = `initial JavaScript: ${kb} KB gzipped (${files.length} chunk(s); budget ${this.budget / 1024} KB${this.enforce ? '' : ', not enforced in a development build'})`;
          if (this.enforce && total > this.budget) {
            compilation.errors.push(new Error(`${line}: over budget`));
          } else {
            compilation.getLogger('InitialSizePlugin').info(line);
            // Printed so `npm run build` shows the figure.
            process.stdout.write(`${line}\n`);
          }
        },
      );
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const page = (filename, officeJs) =>
    new HtmlWebpackPlugin({
      filename,
      template: path.resolve(__dirname, 'src/taskpane/taskpane.html'),
      chunks: [ENTRY],
      inject: 'head',
      scriptLoading: 'defer',
      officeJs,
      officeJsUrl: OFFICE_JS_URL,
      minify: production && { collapseWhitespace: true, removeComments: true },
    });
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    entry: { [ENTRY]: path.resolve(__dirname, 'src/taskpane/index.tsx') },
    output: {
      path: path.resolve(__dirname, 'dist-web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      // ExcelJS and SheetJS probe Node built-ins they do not need in a browser.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: path.resolve(__dirname, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', true),
      page('index.html', false),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'samples/seed-projects-2023.xlsx', to: 'samples/' },
          { from: 'assets', to: 'assets', noErrorOnMissing: true, globOptions: { ignore: ['**/.gitkeep'] } },
          ...(ADDIN_URL
            ? [
                {
                  from: 'manifest.xml',
                  to: 'manifest.xml',
                  transform: (content) => manifestForOrigin(content.toString('utf8'), ADDIN_URL),
                },
              ]
            : []),
        ],
      }),
      // V8 compile hint: the entry's functions all run at start-up, so compile them eagerly on the
      // streaming thread instead of lazily on the main thread (≈ 10 % off an empty-cache first render).
      new BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        entryOnly: true,
        include: /^taskpane\./,
        stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1, // after minification, which would drop it
      }),
      new InitialSizePlugin(INITIAL_BUDGET_GZ, production),
    ],
    performance: {
      hints: false, // the initial-chunk budget above is the one that counts; lazy file-library chunks are large by nature
    },
    optimization: {
      splitChunks: {
        chunks: 'async',
        // The file libraries, by name, loaded only in the web page when a file is opened / a copy is made.
        cacheGroups: {
          sheetjs: {
            test: /[\\/]node_modules[\\/]@e965[\\/]xlsx[\\/]/,
            name: 'sheetjs',
            chunks: 'async',
            priority: 20,
            enforce: true,
          },
          exceljs: {
            test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/,
            name: 'exceljs',
            chunks: 'async',
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    stats: 'errors-warnings',
  };
};
