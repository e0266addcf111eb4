import { existsSync } from 'node:fs';
import { runOrThrow } from './exec.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Makes sure Debian's Chromium (and Noto fonts for Arabic script) is there for
 * the browser tests: installs it as root, otherwise fails with a clear message.
 * npm packages cannot download browsers on these machines.
 */
export const ensureChromium = async () => {
  if (existsSync(CHROMIUM_PATH)) {
    return;
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install it with ` +
        '`sudo apt-get install -y chromium fonts-noto-core` or set CHROMIUM_PATH.'
    );
  }
  console.log('› installing chromium and fonts-noto-core (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrThrow('apt-get', ['update', '-qq'], { env });
  await runOrThrow('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], { env });
};
