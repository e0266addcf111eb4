import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The portal-hosted font of the embed theme (`font=noto`): Noto Sans for the
 * Latin and Cyrillic scripts and Noto Sans Arabic for Arabic and Farsi, from
 * the Fontsource packages, in regular and bold. Only the subsets the seven
 * locales need are copied, as WOFF2 (every browser the portal supports reads
 * it), with Fontsource's own `unicode-range`s, so a page downloads only the
 * files its text uses.
 */
const FACES = [
  { pkg: '@fontsource/noto-sans', subsets: ['latin', 'latin-ext', 'cyrillic'] },
  { pkg: '@fontsource/noto-sans-arabic', subsets: ['arabic'] },
] as const;
const WEIGHTS = [400, 700] as const;

/** Where the files are served from (`nitro.publicAssets`). */
export const EMBED_FONTS_BASE_URL = '/embed/v1/fonts';

const require = createRequire(import.meta.url);

/**
 * Copies the font files and writes `noto.css` into a build folder.
 * @param outDir the folder, created where missing
 * @returns the folder, for `nitro.publicAssets`
 */
export function prepareEmbedFonts(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const faces: string[] = [];
  for (const { pkg, subsets } of FACES) {
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    for (const weight of WEIGHTS) {
      const css = readFileSync(path.join(root, `${weight}.css`), 'utf8');
      for (const block of css.split(/(?=\/\* )/)) {
        const file = /url\(\.\/files\/([a-z0-9-]+\.woff2)\)/.exec(block)?.[1];
        const subset = subsets.find((name) => file?.endsWith(`-${name}-${weight}-normal.woff2`));
        if (!file || !subset) continue;
        copyFileSync(path.join(root, 'files', file), path.join(outDir, file));
        // WOFF2 only: the WOFF fallback serves browsers the portal no longer supports.
        faces.push(
          block
            .replace(/src:[^;]+;/, `src: url(${EMBED_FONTS_BASE_URL}/${file}) format('woff2');`)
            .trim()
        );
      }
    }
  }
  writeFileSync(path.join(outDir, 'noto.css'), `${faces.join('\n\n')}\n`);
  return outDir;
}
