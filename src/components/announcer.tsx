/**
 * A polite live region that screen readers read out when its message changes ("Besvarelse 1 er gemt",
 * "Forslaget er tilføjet"): hidden on screen, said once, never stealing focus. One per screen part.
 */
export function Announcer({ message }: { message: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {message}
    </p>
  );
}
