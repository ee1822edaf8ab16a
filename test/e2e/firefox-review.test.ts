/**
 * The review page in a real Firefox (firefox-esr, the MV2 build): the scenario in
 * the library database (test/helpers/review-seed.ts), `review.html` renders its figures and
 * its Observable Plot charts (SVG, under the extension's CSP), with no console error and no
 * request leaving the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf,
  extensionErrors,
  type FirefoxSession,
  isExtensionContext,
  isNetwork,
  launchFirefox,
  waitFor,
  waitForText,
} from '../helpers/firefox';
import { scenario, writeRecords } from '../helpers/review-seed';

describe('Firefox: the review of a project', () => {
  let session: FirefoxSession;

  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('renders the figures, the charts and their tables', async () => {
    const library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.waitForSelector('#project-create', { timeout: 20_000 });
    await library.evaluate(writeRecords, scenario());
    const review = await session.openPage('review.html?project=p-accueil&from=2026-01-01&to=2026-12-31');
    await waitForText(review, '4 actions décidées', '.review-summary');
    await waitFor(
      async () => (await review.$$eval('.review-chart svg[role="img"]', (svgs) => svgs.length)) >= 5,
      20_000,
      'the charts drawn',
    );
    const summary = await review.$$eval('section[data-section="actions"] .review-summary', (p) => p[0]?.textContent);
    // Read on 31 December 2026: the action due on 1 May is late, the one due in 2099 open.
    expect(summary).toBe('4 actions décidées : 2 réalisées, 1 en cours, 1 en retard.');
    const captions = await review.$$eval('.review-table caption', (cs) => cs.map((c) => c.textContent));
    expect(captions).toContain('Sollicitation de chaque partenaire');
    expect(extensionErrors(await session.console())).toEqual([]);
    expect((await session.requests()).filter((r) => isNetwork(r) && isExtensionContext(contextOf(r)))).toEqual([]);
  });
});
