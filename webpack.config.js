/**
 * Builds the task pane (src/taskpane) into dist/web, which the server serves at `/`.
 * Production output is minified with content-hashed names and precompressed (brotli and gzip
 * siblings). Lazy chunks: sign-in, error details, the Connect card, Fluent's Menu (join menu,
 * overflow menu, fetched on intent), and the Office and Teams hosts with msal-browser and
 * teams-js (only the host that needs them loads them). auth-end.html, where
 * consent windows land, and auth-start.html, where Office dialogs and Teams auth windows start,
 * are tiny entries with no React.
 */
const path = require('node:path');
const zlib = require('node:zlib');
const CompressionPlugin = require('compression-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { DefinePlugin } = require('webpack');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      console: './src/console/index.tsx',
      'auth-end': './src/taskpane/auth-end/index.ts',
      'auth-start': './src/taskpane/auth-start/index.ts',
    },
    target: ['web', 'es2022'],
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      publicPath: '/',
      filename: production ? '[name].[contenthash:12].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:12].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // Join-link detection is pure: the pane needs only the service table (icons) from it, so
        // modules whose exports go unused (parsers, unwrappers) can be left out of the bundle.
        { test: /[\\/]src[\\/]shared[\\/]/, sideEffects: false },
        // Fluent's token table (29 KB) as a Proxy that answers `var(--name)`: see the loader.
        ...(production ? [{ test: /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/, enforce: 'pre', use: { loader: path.resolve(__dirname, 'scripts/webpack/tokens-proxy-loader.js') } }] : []),
        // Styles are compiled ahead of time (Fluent ships its own so; ours by @griffel/webpack-loader): in production the rules move into one stylesheet (griffel.css), the
        // scripts keep only class names, and no CSS is computed in the browser.
        ...(production ? [{ test: /\.[jt]sx?$/, include: [/[\\/]node_modules[\\/]@fluentui[\\/]/, path.resolve(__dirname, 'src')], use: { loader: GriffelCSSExtractionPlugin.loader } }] : []),
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        // After swc (loaders run last rule first): it evaluates our makeStyles calls into `__styles`.
        ...(production ? [{ test: /\.tsx?$/, include: path.resolve(__dirname, 'src'), use: { loader: '@griffel/webpack-loader' } }] : []),
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            // .swcrc emits CommonJS for jest and node; webpack needs ES modules to tree-shake.
            options: {
              module: { type: 'es6' },
              jsc: { transform: { react: { runtime: 'automatic', development: !production } } },
            },
          },
        },
      ],
    },
    // No source maps in production: the served bundle should not hand out the source.
    devtool: production ? false : 'eval-cheap-module-source-map',
    optimization: {
      // Stable ids so an unchanged chunk keeps its hash across builds.
      moduleIds: 'deterministic',
      chunkIds: production ? 'deterministic' : 'named',
      // html-webpack-plugin minifies the pages (HTML_MINIFY); webpack's own HTML minifier would
      // strip the attribute quotes that simple readers (the bundle-size bench) rely on.
      minimizeOptions: { html: false },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin(fluentThemes()),
      panePage('taskpane.html', '', production),
      // The Outlook add-in's page (the XML manifest's SourceLocation): the same app, with Office.js
      // from Microsoft's CDN in the head, as the store requires. Browsers and Teams never load it.
      panePage('outlook.html', `<script src="${OFFICE_JS_URL}"></script>`, production),
      // The admin console: its own entry, sharing the pane's host layer and components.
      page({ filename: 'console.html', chunk: 'console', title: 'Upnext admin console', body: '<body style="margin:0"><div id="root"></div></body>', production }),
      authPage('auth-end', 'Finishing sign-in…', production),
      authPage('auth-start', 'Opening sign-in…', production),
      // Precompressed at build time, brotli and gzip, at their best levels: the server picks one by
      // Accept-Encoding (src/server/http/static-files.ts) and never compresses per request.
      ...(production ? [new MiniCssExtractPlugin({ filename: '[name].[contenthash:12].css', ignoreOrder: true }), new GriffelCSSExtractionPlugin()] : []),
      ...(production ? precompressed() : []),
    ],
  };
};

/**
 * Fluent's themes as values (src/taskpane/theme): a theme is 3–4 KB gzip of strings, while the
 * code and palettes that build it at run time weigh three times that. Taken from the installed
 * Fluent at every build, so they never go stale.
 */
function fluentThemes() {
  const themes = require('@fluentui/tokens');
  const names = ['webLightTheme', 'webDarkTheme', 'teamsLightTheme', 'teamsDarkTheme', 'teamsHighContrastTheme'];
  return Object.fromEntries([['typeof FLUENT_THEMES', JSON.stringify('object')], ...names.map((n) => [`FLUENT_THEMES.${n}`, JSON.stringify(themes[n])])]);
}

/** Brotli (quality 11) and gzip (level 9) siblings of every text asset: `x.js.br`, `x.js.gz`. */
function precompressed() {
  const test = /\.(?:js|css|html|svg|txt|json)$/;
  return [
    new CompressionPlugin({
      filename: '[path][base].br',
      algorithm: 'brotliCompress',
      test,
      compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
      threshold: 0,
      minRatio: 0.9,
    }),
    new CompressionPlugin({ filename: '[path][base].gz', algorithm: 'gzip', test, compressionOptions: { level: 9 }, threshold: 0, minRatio: 0.9 }),
  ];
}

const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** One HTML page: its chunk, its extra head, its body. Scripts are deferred in the head. */
function page({ filename, chunk, title, head = '', body, production }) {
  return new HtmlWebpackPlugin({
    filename,
    chunks: [chunk],
    minify: production && HTML_MINIFY,
    templateContent: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${title}</title>
    ${head}
  </head>
  ${body}
</html>`,
    scriptLoading: 'defer',
    inject: 'head',
  });
}

/**
 * A page of the pane: the React app, with `head` added before its script. The client config
 * (the authority to sign in at) is fetched while the script still loads: it is the first thing
 * the pane asks, and nothing private (no credentials are sent).
 */
function panePage(filename, head, production) {
  const preload = '<link rel="preload" href="/api/client-config" as="fetch" crossorigin="anonymous" />';
  return page({ filename, chunk: 'taskpane', title: 'Upnext', head: `${preload}\n    ${head}`, body: '<body style="margin:0"><div id="root"></div></body>', production });
}

/** A small page for an auth window: one status line and its script. */
function authPage(name, status, production) {
  return page({
    filename: `${name}.html`,
    chunk: name,
    title: 'Upnext sign-in',
    head: '<meta name="referrer" content="no-referrer" />',
    // Styles inline in the tag's attribute only: the CSP allows inline styles, never inline scripts.
    body: `<body style="margin:0;font-family:'Segoe UI',system-ui,sans-serif;display:flex;min-height:100vh;align-items:center;justify-content:center;text-align:center">
    <p id="message" role="status" style="max-width:28em;padding:16px;font-size:14px;line-height:20px">${status}</p>
  </body>`,
    production,
  });
}

/** Minified, but attributes keep their quotes so simple readers (the bundle-size bench) can parse the HTML. */
const HTML_MINIFY = {
  collapseWhitespace: true,
  removeComments: true,
  removeRedundantAttributes: true,
  useShortDoctype: true,
  removeAttributeQuotes: false,
};
