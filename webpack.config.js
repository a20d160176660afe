/**
 * Builds the task pane (src/taskpane) into dist/web, which the server serves at `/`.
 * Production output is minified with content-hashed names; sign-in and error details are lazy chunks.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { taskpane: './src/taskpane/index.tsx' },
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
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    optimization: {
      // Stable ids so an unchanged chunk keeps its hash across builds.
      moduleIds: 'deterministic',
      chunkIds: production ? 'deterministic' : 'named',
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        title: 'Upnext',
        lang: 'en',
        templateContent: ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${htmlWebpackPlugin.options.title}</title>
  </head>
  <body style="margin:0">
    <div id="root"></div>
  </body>
</html>`,
        scriptLoading: 'defer',
        inject: 'head',
      }),
    ],
  };
};
