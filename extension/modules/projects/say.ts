import type { StatusMessage } from '../ui/live-status';

/** Announces a result in the view's live region (ui/live-status.tsx). */
export type Say = (message: StatusMessage | null) => void;
