/**
 * A polite status line for things the reader should know but need not act on (a link that
 * pointed nowhere). The live region is always in the page so a message added later is
 * announced; the message is our own text, never anything taken from the address.
 */
export interface NoticeProps {
  message: string | null;
  onDismiss: () => void;
}

/** Returns a status region showing `message` with a Dismiss button, empty when there is none. */
export function Notice({ message, onDismiss }: NoticeProps) {
  return (
    <div className="notice" role="status">
      {message ? (
        <p className="notice-box">
          <span className="notice-text">{message}</span>{' '}
          <button type="button" className="notice-dismiss" onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
