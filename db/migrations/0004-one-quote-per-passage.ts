import type { Database } from 'better-sqlite3';

/**
 * Schema version 4: one quote per passage.
 *
 * Before, quoting the same passage twice stored two quotes, and a brief printed the passage and its
 * footnote twice. The core now answers the existing quote instead (createQuote); this migration
 * merges the duplicates a library already holds. "The same passage" is the same article, the same
 * offsets and the same exact text: the same words said at another place (two speakers, one
 * sentence) stay separate quotes.
 *
 * Of each group the oldest quote (lowest id) is kept, so an id a reporter already pasted as a
 * `[^qN]` footnote label still names a quote. It takes the most cautious status of the group
 * (do not use, then verified, then to verify), is anchored if any of them was, and spans the
 * group's creation and update times. Nothing else refers to a quote row: notes carry their own
 * copy of a pasted citation and saved briefs select articles, not quotes, so both are untouched.
 *
 * No unique index: re-anchoring moves quotes one row at a time, and two quotes may pass through
 * the same offsets on the way, which a unique index would refuse.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TEMP TABLE quote_groups AS
      SELECT min(id) AS keep_id,
             max(CASE status WHEN 'do_not_use' THEN 3 WHEN 'verified' THEN 2 ELSE 1 END) AS caution,
             max(anchor_status = 'ok') AS anchored,
             min(created_at) AS created_at,
             max(updated_at) AS updated_at
      FROM quotes
      GROUP BY article_id, start, end, exact
      HAVING count(*) > 1;

    UPDATE quotes SET
      status = (SELECT CASE g.caution WHEN 3 THEN 'do_not_use' WHEN 2 THEN 'verified' ELSE 'to_verify' END
                FROM quote_groups g WHERE g.keep_id = quotes.id),
      anchor_status = (SELECT CASE g.anchored WHEN 1 THEN 'ok' ELSE 'orphaned' END
                       FROM quote_groups g WHERE g.keep_id = quotes.id),
      created_at = (SELECT g.created_at FROM quote_groups g WHERE g.keep_id = quotes.id),
      updated_at = (SELECT g.updated_at FROM quote_groups g WHERE g.keep_id = quotes.id)
    WHERE id IN (SELECT keep_id FROM quote_groups);

    DELETE FROM quotes
    WHERE id NOT IN (SELECT min(id) FROM quotes GROUP BY article_id, start, end, exact);

    DROP TABLE quote_groups;
  `);
}
