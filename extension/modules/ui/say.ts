import type { StatusMessage } from './live-status';

/** Announces a result in the view's live region (ui/live-status.tsx). */
export type Say = (message: StatusMessage | null) => void;
