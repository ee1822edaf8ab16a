/**
 * The contract between the element (a light shell, loaded with the page) and
 * the code of one mode (need-mode.ts or candidate-mode.ts, each loaded on
 * demand): a page embedding the candidacy form never downloads the matching
 * engine, and a project owner's page never downloads the candidacy form.
 */
import type { TemplateResult } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import type { PpEventDetail, PpEventName } from '../internal/emit';

/** What a mode may ask of the element. */
export interface ModeHost {
  readonly locale: Locale;
  readonly headingLevel: number;
  /** Attributes and properties the modes read. */
  readonly src: string | undefined;
  readonly action: string | undefined;
  readonly registry: unknown;
  readonly partners: unknown;
  readonly establishment: unknown;
  /** need mode: what the form starts with (shared/matching/need-draft.ts), as the host gave it. */
  readonly draft: unknown;
  /** The establishment applies the guide's example of exclusion criterion, managers (3.3): on by default. */
  readonly excludeManagers: boolean;
  readonly disabled: boolean;
  readonly renderRoot: ParentNode;
  requestUpdate(): void;
  /** Dispatches a bubbling, composed CustomEvent; returns false when a listener cancelled it. */
  emit<K extends PpEventName>(type: K, detail: PpEventDetail<K>, cancelable?: boolean): boolean;
  /** A developer-facing console warning, once per message. */
  warn(message: string): void;
  /** The element's form value (ElementInternals). */
  setValue(value: string | null): void;
  /** Focus the first element matching `selector` once the next render is done. */
  focusAfterUpdate(selector: string): void;
  /** Work the next render depends on (a module fetched on demand): `updateComplete` and `ready` wait for it. */
  wait(work: Promise<unknown>): void;
}

export interface ModeController {
  /** Data attributes or properties changed (src, registry, partners, establishment, exclude-managers). */
  dataChanged(): void;
  /** The host's pre-fill changed (need mode). */
  draftChanged?(): void;
  render(): TemplateResult;
  /** The form's reset: back to the initial state, value cleared. */
  reset(): void;
  /** Read-only outputs exposed by the element. */
  readonly need?: unknown;
  readonly profile?: unknown;
}

export type ModeFactory = (host: ModeHost) => ModeController;
