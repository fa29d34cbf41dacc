import type { Plugin } from 'esbuild'

export declare const englishZodLocales: Plugin
export declare const bundledPicomatchForFdir: Plugin
