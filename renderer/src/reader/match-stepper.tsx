import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <div className="match-stepper" data-testid="match-stepper" role="group" aria-label={t('reader.matches')}>
      <span data-testid="match-count">
        {count === 0 ? t('reader.noMatches') : t('reader.matchOf', { current: current + 1, count })}
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={count === 0}
        onClick={() => onStep(current - 1)}
        aria-label={t('reader.previousMatch')}
        data-testid="match-prev"
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={count === 0}
        onClick={() => onStep(current + 1)}
        aria-label={t('reader.nextMatch')}
        data-testid="match-next"
      >
        ↓
      </button>
    </div>
  );
}
