// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleId, NoteId, Timeline } from '../../../preload/api';
import '../i18n/i18n';
import { giveElementsASize } from '../test/render-with-client';
import { TimelineChart } from './timeline-chart';
import { MAX_DRAWN_MARKS } from './timeline-clusters';
import { LIST_LIMIT, TimelineList } from './timeline-list';

const DAY = 86_400_000;

function timelineOf(count: number): Timeline {
  const start = Date.parse('2020-01-01T00:00:00Z');
  return {
    scope: { kind: 'library' },
    groupBy: 'outlet',
    lanes: [
      { key: 'a', label: 'Reuters', articles: Math.ceil(count / 2) },
      { key: 'b', label: 'Caixin', articles: Math.floor(count / 2) },
    ],
    marks: Array.from({ length: count }, (_, i) => ({
      articleId: (i + 1) as ArticleId,
      title: `Story ${i + 1}`,
      outlet: i % 2 ? 'Caixin' : 'Reuters',
      publishedAt: new Date(start + Math.floor(i / 4) * DAY).toISOString(),
      documentDate: false,
      laneKeys: [i % 2 ? 'b' : 'a'],
    })),
    events: [{ noteId: 1 as NoteId, date: '2021-01-01', label: 'Rule takes effect', articleId: null }],
    undated: 0,
  };
}

let restore: () => void;
beforeAll(() => {
  restore = giveElementsASize(1000, 700);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
});
afterEach(cleanup);
afterAll(() => {
  restore();
  vi.unstubAllGlobals();
});

describe('the timeline chart', () => {
  it('draws a mark per article while few are on screen', () => {
    render(
      <TimelineChart timeline={timelineOf(40)} range={null} onRange={() => {}} openedId={null} onOpen={() => {}} />,
    );
    expect(screen.getAllByTestId('timeline-mark')).toHaveLength(40);
    expect(screen.queryAllByTestId('timeline-cluster')).toHaveLength(0);
  });

  it('draws thousands of articles as clusters that count them all; a cluster opens into its period', () => {
    const onRange = vi.fn();
    const count = MAX_DRAWN_MARKS * 2;
    render(
      <TimelineChart timeline={timelineOf(count)} range={null} onRange={onRange} openedId={null} onOpen={() => {}} />,
    );
    expect(screen.queryAllByTestId('timeline-mark')).toHaveLength(0);
    const clusters = screen.getAllByTestId('timeline-cluster');
    expect(clusters.length).toBeLessThan(200);
    expect(clusters.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0)).toBe(count);
    // One tab stop, labelled with its size, period and lane.
    expect(clusters.filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(clusters[0]!.getAttribute('aria-label')).toMatch(/^\d+ articles from .+ to .+ \(Reuters\)/u);

    fireEvent.keyDown(clusters[0]!, { key: 'Enter' });
    expect(onRange).toHaveBeenCalledTimes(1);
    const [[from, to]] = onRange.mock.calls[0] as [[number, number]];
    expect(from).toBe(Date.parse('2020-01-01T00:00:00Z'));
    expect(to).toBeGreaterThan(from);
    // Zoomed in on that period: its marks are drawn one by one again.
    expect(screen.getAllByTestId('timeline-mark').length).toBeGreaterThan(0);
  });

  it('lists the first articles of a large timeline and says how to see the rest', () => {
    const timeline = timelineOf(LIST_LIMIT + 100);
    render(<TimelineList timeline={timeline} marks={timeline.marks} range={null} openedId={null} onOpen={() => {}} />);
    expect(screen.getAllByTestId('timeline-row')).toHaveLength(LIST_LIMIT);
    expect(screen.getByTestId('timeline-count').textContent).toContain(`${LIST_LIMIT + 100} articles`);
    expect(screen.getByTestId('timeline-list-limit').textContent).toContain(
      `The first ${LIST_LIMIT} articles are listed`,
    );
  });
});
