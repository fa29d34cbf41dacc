// esbuild plugins shared by scripts/bundle.js (CLI and server) and scripts/package-vsix.ts (VS Code).

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
