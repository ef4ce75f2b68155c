import { useTranslation } from 'react-i18next';
import { formatMonth } from '../ui/format';
/** Fills the months between the first and the last with zeros, so gaps show as gaps. */
export function fillMonths(
  points: readonly { month: string; mentions: number }[],
): { month: string; mentions: number }[] {
  if (points.length === 0) return [];
  const byMonth = new Map(points.map((p) => [p.month, p.mentions]));
  const [fy, fm] = points[0]!.month.split('-').map(Number) as [number, number];
  const [ly, lm] = points[points.length - 1]!.month.split('-').map(Number) as [number, number];
  const out: { month: string; mentions: number }[] = [];
  for (let y = fy, m = fm; y < ly || (y === ly && m <= lm); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, mentions: byMonth.get(key) ?? 0 });
    if (out.length > 600) break; // 50 years: a bad date should not draw a million bars
  }
  return out;
}

const WIDTH = 560;
const HEIGHT = 120;
const PAD = { top: 8, right: 8, bottom: 22, left: 28 };

/** Mentions over time by month of publication, as a bar chart in plain SVG. */
export function MentionTimeline({
  points,
  undated,
}: {
  points: readonly { month: string; mentions: number }[];
  undated: number;
}) {
  const { t } = useTranslation();
  const months = fillMonths(points);
  if (months.length === 0) {
    return (
      <p className="entity-muted">
        {undated > 0 ? t('entities.timeline.onlyUndated', { count: undated }) : t('entities.timeline.none')}
      </p>
    );
  }
  const max = Math.max(...months.map((m) => m.mentions), 1);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = innerW / months.length;
  const barW = Math.max(1, step * 0.8);
  const labelEvery = Math.ceil(months.length / 8);
  return (
    <figure className="entity-timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('entities.timeline.label')}
        data-testid="entity-timeline"
      >
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + innerH}
          y2={PAD.top + innerH}
          className="entity-timeline__axis"
        />
        <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="entity-timeline__label">
          {max}
        </text>
        {months.map((m, i) => {
          const h = (m.mentions / max) * innerH;
          const x = PAD.left + i * step + (step - barW) / 2;
          return (
            <g key={m.month}>
              <rect
                x={x}
                y={PAD.top + innerH - h}
                width={barW}
                height={h}
                className="entity-timeline__bar"
                data-month={m.month}
                data-mentions={m.mentions}
              >
                <title>{t('entities.timeline.bar', { month: formatMonth(m.month), count: m.mentions })}</title>
              </rect>
              {i % labelEvery === 0 ? (
                <text
                  x={PAD.left + i * step + step / 2}
                  y={HEIGHT - 6}
                  textAnchor="middle"
                  className="entity-timeline__label"
                >
                  {formatMonth(m.month)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {undated > 0 ? (
        <figcaption className="entity-muted">{t('entities.timeline.plusUndated', { count: undated })}</figcaption>
      ) : null}
    </figure>
  );
}
