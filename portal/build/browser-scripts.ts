import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/** Where the page scripts are served from (`nitro.publicAssets`). */
export const BROWSER_SCRIPTS_BASE_URL = '/scripts';

/**
 * Minifies the portal's few hand-written page scripts (`browser-scripts/`:
 * the form steps and the embed builder's copy buttons) into a build folder.
 * They are no Vue code, so Vite does not bundle them; served as written,
 * their comments would weigh more than their code on a resident's phone.
 * @param sourceDir the folder of the scripts as written
 * @param outDir the folder for the minified scripts, created where missing
 * @returns the output folder, for `nitro.publicAssets`
 */
export function prepareBrowserScripts(sourceDir: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(sourceDir).filter((name) => name.endsWith('.js'))) {
    const source = readFileSync(path.join(sourceDir, file), 'utf8');
    const { code } = transformSync(source, { loader: 'js', minify: true, legalComments: 'none' });
    writeFileSync(path.join(outDir, file), code);
  }
  return outDir;
}
