// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../i18n/i18n';
import { ActiveFilters } from './active-filters';
import { FacetList } from './facet-list';
import { addClauseToQuery, listActiveFilters } from './query-filters';

afterEach(cleanup);

const EMPTY = { tags: [], entities: [], sites: [], languages: [], years: [] };

describe('e-mail facets and filters', () => {
  it('lists senders and recipients and adds from: or to: to the query', () => {
    const picked: string[] = [];
    render(
      <FacetList
        facets={EMPTY}
        onPick={() => {}}
        mail={{
          senders: [{ value: 'ana@example.org', count: 3 }],
          recipients: [{ value: 'ben@example.org', count: 2 }],
        }}
        onPickMail={(field, address) => picked.push(addClauseToQuery('licences', `${field}:"${address}"`))}
      />,
    );
    expect(screen.getByText('Senders')).toBeTruthy();
    expect(screen.getByText('Recipients')).toBeTruthy();
    fireEvent.click(screen.getAllByTestId('facet').find((b) => b.dataset.value === 'ben@example.org')!);
    expect(picked).toEqual(['licences to:"ben@example.org"']);
  });

  it('shows from:, to: and thread: clauses as removable chips', () => {
    const filters = listActiveFilters('licences from:"ana@example.org" -to:ben@example.org thread:12');
    expect(filters.map((f) => [f.field, f.value, f.negated])).toEqual([
      ['from', 'ana@example.org', false],
      ['to', 'ben@example.org', true],
      ['thread', '12', false],
    ]);
    const removed: string[][] = [];
    render(<ActiveFilters filters={filters} onRemove={(c) => removed.push(c)} />);
    const chips = screen.getAllByTestId('active-filter').map((c) => c.textContent);
    expect(chips[0]).toContain('From: ana@example.org');
    expect(chips[2]).toContain('Conversation: 12');
    fireEvent.click(screen.getAllByTestId('active-filter-remove')[1]!);
    expect(removed).toEqual([['-to:ben@example.org']]);
  });
});
