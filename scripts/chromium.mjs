// Where Chromium is and how to start it quietly on a machine without internet: one
// definition for the tests (test/helpers/chromium.ts) and the benchmarks (bench/).
import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise: no test tool may download its own browser here. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return '/usr/bin/chromium';
}

/** Flags that keep Chromium quiet on a machine without internet (see docs/ARCHITECTURE.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
