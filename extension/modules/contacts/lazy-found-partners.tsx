/**
 * In the popup: asks the page for the partner cards it shows (partner-reader.js, injected
 * on demand) and, only when there are some, loads the offer to save them
 * (found-partners.tsx) — the popup's first screen pays for neither.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { FoundPartners } from '../../../shared/schemas/contact';
import type { Platform } from '../platform/platform';
import type { LibraryStore } from '../store/library-store';
import { lazyComponent } from '../ui/lazy';

const Offer = lazyComponent(() => import('./found-partners').then((m) => m.FoundPartnersOffer));

export interface FoundPartnersProps {
  readonly platform: Platform;
  readonly tabId: number;
  readonly openStore: () => Promise<LibraryStore>;
}

export function FoundPartnersOffer({ platform, tabId, openStore }: FoundPartnersProps) {
  const found = useSignal<FoundPartners | null>(null);
  useEffect(() => {
    let live = true;
    platform
      .readPartners?.(tabId)
      .then((read) => {
        if (live && read && read.partners.length > 0) found.value = read;
      })
      .catch((error: unknown) => console.warn('[binome] partners on the page', error));
    return () => {
      live = false;
    };
  }, [tabId]);
  return found.value ? <Offer found={found.value} openStore={openStore} /> : null;
}
