import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { type ExtensionSession, launchWithExtension } from '../helpers/extension';
import { type StaticServer, serveDemo } from '../helpers/server';

describe('foundation: the built extension and the demo site in real Chromium', () => {
  let session: ExtensionSession;
  let demo: StaticServer;

  beforeAll(async () => {
    demo = await serveDemo();
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it('loads the extension and gives it an id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('opens the side panel page, with no accessibility violation', async () => {
    const page = await session.openPage('sidepanel.html');
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('serves the demo home page under a strict CSP, with no console error and no axe violation', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    const response = await page.goto(`${demo.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.locator('h1').textContent()).resolves.toContain('partenariat');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
