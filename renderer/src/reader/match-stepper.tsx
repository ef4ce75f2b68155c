/** "3 of 12" with previous/next buttons, to step through the query's matches in the reader. */
export function MatchStepper({
  count,
  current,
  onStep,
}: {
  count: number;
  current: number;
  onStep: (index: number) => void;
}) {
  return (
    <div className="match-stepper" data-testid="match-stepper" role="group" aria-label="Search matches">
      <span data-testid="match-count">
        {count === 0 ? 'No matches in this article' : `Match ${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={count === 0}
        onClick={() => onStep(current - 1)}
        aria-label="Previous match"
        data-testid="match-prev"
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={count === 0}
        onClick={() => onStep(current + 1)}
        aria-label="Next match"
        data-testid="match-next"
      >
        ↓
      </button>
    </div>
  );
}
