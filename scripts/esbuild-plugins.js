// esbuild plugins shared by scripts/bundle.js (CLI and server) and scripts/package-vsix.ts (VS Code).

import { readFile } from 'node:fs/promises'

// zod re-exports its error messages in ~40 languages (`z.locales`, 290 KB of the bundle); we only
// ever use English, which zod installs by default. Resolve its locale index to English alone.
export const englishZodLocales = {
  name: 'english-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: 'en', namespace: 'english-zod-locales', pluginData: args.resolveDir }
        : undefined,
    )
    // `resolveDir` is the importing zod module's folder: `../locales/en.js` is English there.
    b.onLoad({ filter: /.*/, namespace: 'english-zod-locales' }, (args) => ({
      contents: "export { default as en } from '../locales/en.js'",
      resolveDir: args.pluginData,
    }))
  },
}

// fdir (under tinyglobby) looks for picomatch with a run-time `require` inside a try, for its own
// `.glob()` API, which tinyglobby does not use. In a bundle that require still loads picomatch a
// second time, from node_modules, on every start (~4 ms of a cold run). Hand fdir the copy the
// bundle already holds for tinyglobby instead; if fdir's code ever changes, the build says so.
const FDIR_OPTIONAL_PICOMATCH =
  /try\s*\{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\}\s*catch\s*\{\s*\}/
export const bundledPicomatchForFdir = {
  name: 'bundled-picomatch-for-fdir',
  setup(b) {
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!FDIR_OPTIONAL_PICOMATCH.test(source))
        return {
          contents: source,
          warnings: [{ text: "fdir's optional picomatch require has changed; left as is" }],
        }
      return {
        contents: `import __bundledPicomatch from 'picomatch';\n${source.replace(FDIR_OPTIONAL_PICOMATCH, 'pm = __bundledPicomatch;')}`,
        loader: 'js',
      }
    })
  },
}
