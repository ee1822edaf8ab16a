/**
 * A polite live region, present from the start (screen readers only announce changes
 * to regions already in the page). `tone` styles the message; the text says it all.
 */
export interface StatusMessage {
  readonly text: string;
  readonly tone?: 'info' | 'success' | 'error';
  /** Further lines (e.g. the problems that made an import fail), announced with the message. */
  readonly details?: readonly string[];
}

export function LiveStatus({ message, id }: { message: StatusMessage | null; id?: string }) {
  return (
    <div id={id} role="status" aria-live="polite" class={message ? `notice ${message.tone ?? 'info'}` : undefined}>
      {message ? <p>{message.text}</p> : null}
      {message?.details?.length ? (
        <ul data-testid="status-details">
          {message.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
