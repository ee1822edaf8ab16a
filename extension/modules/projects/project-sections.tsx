/**
 * The parts of a project's page, in order, and the « Sur cette page » contents that lists
 * them. Adding a part is one entry in `PROJECT_PARTS`: its anchor in the address, its name
 * and its panel; the contents, the anchors and the links back to the contents follow.
 *
 * The page stays one page rather than tabs or sub-routes: a coordinator reads a project
 * as a whole (who is in it, where the checklist stands, what the last meeting decided),
 * find-in-page and printing see everything, and a screen reader lists the parts as
 * regions — each panel is a `<section aria-labelledby>` with its heading. What made it
 * 4 000 px tall was the checklist's criteria and the matching form, so those two open on
 * request (checklist-panel.tsx, matching-panel.tsx) and are built only then.
 *
 * Anchors are French and never translated (`…?section=projects&id=…#charte`): a link sent
 * to a colleague works whatever their language. Following one scrolls to the part and
 * moves the focus to its heading, so the next Tab continues from there; Back returns. The
 * contents mark the part being read (`aria-current`), which matters where they stay at the
 * top of the window while the page scrolls under them.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LibraryState } from '../library/library-state';
import type { ProjectRecord } from '../store/records';
import type { Say } from '../ui/say';
import { emsg, mmsg, wm } from '../workspace/messages';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ChartersPanel } from './charters-panel';
import { ChecklistPanel } from './checklist-panel';
import { EffectsPanel } from './effects-panel';
import { MeetingsPanel } from './meetings-panel';
import { pw } from './page-words';
import { PartnersPanel } from './partners-panel';
import { ResourcesPanel } from './resources-panel';
import './project-sections.css';

/** What every panel of a project's page is given (a panel may use fewer). */
export interface ProjectPartProps {
  readonly workspace: WorkspaceState;
  readonly library: LibraryState;
  readonly project: ProjectRecord;
  readonly say: Say;
}

export interface ProjectPart {
  /** Its place in the address (`#charte`): lower-case French, stable, unique. */
  readonly anchor: string;
  /** Its name in « Sur cette page »: the panel's own heading, in the page's language. */
  readonly name: () => string;
  readonly Panel: ComponentType<ProjectPartProps>;
}

export const PROJECT_PARTS: readonly ProjectPart[] = [
  { anchor: 'partenaires', name: () => wm.value.partners.heading, Panel: PartnersPanel },
  { anchor: 'check-list', name: () => wm.value.checklist.heading, Panel: ChecklistPanel },
  { anchor: 'charte', name: () => wm.value.charters.heading, Panel: ChartersPanel },
  { anchor: 'reunions', name: () => mmsg.value.heading, Panel: MeetingsPanel },
  { anchor: 'effets', name: () => emsg.value.heading, Panel: EffectsPanel },
  { anchor: 'ressources', name: () => wm.value.resources.heading, Panel: ResourcesPanel },
];

/** The contents' own anchor, where each part's « back » link leads. */
export const CONTENTS_ANCHOR = 'sommaire';

/** The heading a followed anchor leads to: the part's panel heading, or the contents' own. */
function headingOf(anchor: string): HTMLElement | null {
  if (anchor !== CONTENTS_ANCHOR && !PROJECT_PARTS.some((p) => p.anchor === anchor)) return null;
  return document.getElementById(anchor)?.querySelector<HTMLElement>('h3') ?? null;
}

/** Moves the focus to the heading the address's anchor names, if it names one. */
function follow(scroll: boolean): boolean {
  const heading = headingOf(decodeURIComponent(location.hash.slice(1)));
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  if (scroll) heading.closest('.project-part, .project-toc')?.scrollIntoView();
  heading.focus({ preventScroll: true });
  return true;
}

/** The project and anchor last followed on opening: coming back from editing the project is not a new arrival. */
let arrived: string | null = null;

/**
 * When a project's page opens on an address with an anchor (a bookmark, a link sent by a
 * colleague), scrolls to that part and gives its heading the focus — scrolling alone would
 * leave the keyboard at the top. Once per address: back from editing the project, the page
 * opens at its title as usual. Says whether it did (the project page focuses its title otherwise).
 */
export function followAnchorOnArrival(projectId: string): boolean {
  const key = `${projectId}${location.hash}`;
  if (!location.hash || key === arrived) return false;
  arrived = key;
  return follow(true);
}

/** Each later change of the anchor (a contents link, Back) moves the focus to its heading. */
function useAnchorFocus(): void {
  useEffect(() => {
    const onHash = () => {
      arrived = null;
      follow(false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
}

/** A link to the anchor the address already has: no `hashchange`, the browser only scrolls; the focus follows too. */
function again(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  // After the default action (the scroll to the fragment), which would otherwise move the focus after us.
  if (link.hash === location.hash) setTimeout(() => follow(false), 0);
}

/**
 * The part being read: the last one whose top has passed a line a quarter down the window
 * (under the contents, where they stay at the top); at the end of the page, the last part
 * in view, since a short last part never reaches that line. Null above the first part.
 */
function partBeingRead(): string | null {
  const line = window.innerHeight / 4;
  const atEnd = window.scrollY > 0 && window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  let current: string | null = null;
  for (const { anchor } of PROJECT_PARTS) {
    const top = document.getElementById(anchor)?.getBoundingClientRect().top;
    if (top !== undefined && top <= (atEnd ? window.innerHeight - 1 : line)) current = anchor;
  }
  return current;
}

function useCurrentPart(): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setCurrent(partBeingRead());
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);
  return current;
}

export function ProjectParts(props: ProjectPartProps) {
  const W = pw.value;
  useAnchorFocus();
  const current = useCurrentPart();
  return (
    <>
      <nav id={CONTENTS_ANCHOR} class="project-toc" aria-labelledby="project-toc-heading">
        <h3 id="project-toc-heading">{W.toc}</h3>
        <ul>
          {PROJECT_PARTS.map((part) => (
            <li key={part.anchor}>
              <a href={`#${part.anchor}`} onClick={again} aria-current={current === part.anchor ? 'location' : undefined}>
                {part.name()}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {PROJECT_PARTS.map(({ anchor, Panel }) => (
        <div key={anchor} id={anchor} class="project-part">
          <Panel {...props} />
          <p class="to-contents">
            <a href={`#${CONTENTS_ANCHOR}`} onClick={again}>
              {W.backToToc}
            </a>
          </p>
        </div>
      ))}
    </>
  );
}
