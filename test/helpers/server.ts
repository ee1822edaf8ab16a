import { type StaticServer, serveStatic } from '../../scripts/static-server.mjs';
import { demoDist, fixturesDir } from './paths';

export type { StaticServer };

/** The built demo site on 127.0.0.1, with the strict CSP a hospital would set. */
export function serveDemo(options?: Parameters<typeof serveStatic>[1]): Promise<StaticServer> {
  return serveStatic(demoDist, options);
}

/** test/fixtures on 127.0.0.1 (fixture pages for metadata, highlights…). */
export function serveFixtures(options?: Parameters<typeof serveStatic>[1]): Promise<StaticServer> {
  return serveStatic(fixturesDir, options);
}
