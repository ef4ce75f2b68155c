const REVEAL_TIMEOUT_MS = 4000;
const MARK_MS = 2000;

/**
 * Scrolls a note's card into view and marks it for a moment once it is on screen. The reader
 * and the Notes view load their notes after they open, so this waits for the card to appear
 * (up to a few seconds) instead of scrolling at once.
 */
export function revealNote(noteId: number): void {
  const selector = `[data-testid="note-card"][data-id="${noteId}"]`;
  const reveal = (): boolean => {
    const card = document.querySelector<HTMLElement>(selector);
    if (!card) return false;
    card.scrollIntoView?.({ block: 'center' });
    card.classList.add('is-revealed');
    setTimeout(() => card.classList.remove('is-revealed'), MARK_MS);
    return true;
  };
  if (reveal()) return;
  const observer = new MutationObserver(() => {
    if (reveal()) stop();
  });
  const timer = setTimeout(() => stop(), REVEAL_TIMEOUT_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}
