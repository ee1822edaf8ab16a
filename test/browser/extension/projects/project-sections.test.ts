/**
 * The parts of a project's page (project-sections.tsx), rendered for real: each entry of
 * PROJECT_PARTS gives a contents link to its anchor and a region named by its panel's
 * heading, whichever panels are added later; the anchors are stable address words; the
 * page speaks English when the library does (contents, checklist button, team, browsing).
 */
import { describe, expect, it } from 'vitest';
import { PROJECT_PARTS } from '../../../../extension/modules/projects/project-sections';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';
import { until } from '../../helpers/extension-page';
import { openNewProject, useProjectPage } from './project-page';

useProjectPage();

const regions = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.project-part > section[aria-labelledby]')].map((s) => ({
    anchor: s.parentElement?.id,
    name: document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent,
  }));

describe('a project’s parts', () => {
  it('every part: a contents link to its anchor, a region named by its heading, a link back to the contents', async () => {
    const { container } = await openNewProject();
    await until(() => container.querySelector('.project-toc'));
    const anchors = PROJECT_PARTS.map((p) => p.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z][a-z-]*$/);
    expect(anchors).not.toContain('sommaire');
    await until(() => regions(container).length === PROJECT_PARTS.length);
    expect(regions(container)).toEqual(PROJECT_PARTS.map((p) => ({ anchor: p.anchor, name: p.name() })));
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.project-toc a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual(
      PROJECT_PARTS.map((p) => [`#${p.anchor}`, p.name()]),
    );
    expect(container.querySelectorAll('.project-part > .to-contents a[href="#sommaire"]').length).toBe(PROJECT_PARTS.length);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks English when the library does', async () => {
    const { container } = await openNewProject();
    await until(() => container.querySelector('nav.project-toc'));
    // Set once the library has read its options (it would set the language back otherwise).
    locale.value = 'en';
    document.documentElement.lang = 'en';
    await until(() => container.querySelector('nav.project-toc h3')?.textContent === 'On this page');
    expect(regions(container).map((r) => r.name)).toEqual(PROJECT_PARTS.map((p) => p.name()));
    expect(container.querySelector('.to-contents a')?.textContent).toBe('Back to the project’s contents');
    expect(container.querySelector('button[aria-controls$="-sheet"]')?.textContent).toBe('Show the checklist');
    expect(container.querySelector('[data-testid=project-team]')?.textContent).toBe('Nobody is in the team yet.');
    expect(container.querySelector('.resources-browse > summary')?.textContent).toBe('Browse the library');
    expect(container.textContent).not.toMatch(/Sur cette page|Afficher la check-list|Parcourir|Équipe/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
