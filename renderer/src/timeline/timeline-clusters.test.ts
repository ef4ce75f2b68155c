import { describe, expect, it } from 'vitest';
import { CLUSTER_PX, MAX_DRAWN_MARKS, clusterRadius, clusterSpots } from './timeline-clusters';

const DAY = 86_400_000;
const toPx = (ms: number): number => ms / DAY; // one pixel a day
const everywhere = (): boolean => true;

describe('clusterSpots', () => {
  it('draws each mark while few are on screen', () => {
    const spots = Array.from({ length: MAX_DRAWN_MARKS }, (_, i) => ({ ms: i * DAY, laneIndex: 0 }));
    expect(clusterSpots(spots, toPx, everywhere)).toBeNull();
  });

  it('groups 50,000 marks by lane and slot, counting every one, oldest first in each', () => {
    const spots = Array.from({ length: 50_000 }, (_, i) => ({ ms: (i % 1000) * DAY, laneIndex: i % 3 }));
    const clusters = clusterSpots(spots, toPx, everywhere)!;
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(50_000);
    expect(clusters.length).toBeLessThanOrEqual(3 * Math.ceil(1000 / CLUSTER_PX));
    for (const c of clusters) {
      expect(spots[c.firstSpot]!.ms).toBe(c.startMs);
      expect(c.endMs - c.startMs).toBeLessThan(CLUSTER_PX * DAY);
    }
    expect(clusters.map((c) => c.px)).toEqual([...clusters.map((c) => c.px)].sort((a, b) => a - b));
  });

  it('leaves off what is off screen, and counts only what is on it', () => {
    const spots = Array.from({ length: 4000 }, (_, i) => ({ ms: i * DAY, laneIndex: 0 }));
    const clusters = clusterSpots(spots, toPx, (px) => px < 2000)!;
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(2000);
    expect(clusterSpots(spots, toPx, (px) => px < 1000)).toBeNull();
  });

  it('keeps a big cluster a dot', () => {
    expect(clusterRadius(1)).toBe(4);
    expect(clusterRadius(100_000)).toBe(12);
  });
});
