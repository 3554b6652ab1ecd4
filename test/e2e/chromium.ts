// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of the system Chromium (`$CHROMIUM` first); null when none is installed. */
export function findChromium(): string | null {
  const list = process.env.CHROMIUM ? [process.env.CHROMIUM, ...CANDIDATES] : CANDIDATES;
  for (const path of list) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next one
    }
  }
  return null;
}

// Flags tried on this machine (issue 4): root needs --no-sandbox; the rest keeps
// Chromium from reaching the network on its own. Playwright refuses --user-data-dir here.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchChromium(executablePath: string): Promise<Browser> {
  return await chromium.launch({ executablePath, args: ARGS, headless: true, timeout: 120_000 });
}
