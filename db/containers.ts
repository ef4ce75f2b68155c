import type {
  ArticleId,
  ContainerKind,
  ContainerMemberLine,
  ContainerReport,
  ContainerSummary,
  ProvenanceLink,
} from '../preload/api';
import type { Db } from './open';

export type NewContainer = Pick<ContainerSummary, 'kind' | 'fileName' | 'sha256' | 'bytes' | 'importedAt'> & {
  parentContainerId: number | null;
  memberPath: string | null;
};

interface ContainerRow {
  id: number;
  kind: ContainerKind;
  file_name: string;
  sha256: string;
  bytes: number;
  imported_at: string;
  report_json: string;
  lines_json: string;
  parent_container_id: number | null;
  member_path: string | null;
}

const EMPTY_REPORT: ContainerReport = {
  found: 0,
  imported: 0,
  duplicates: 0,
  failed: 0,
  skipped: 0,
  failedByCode: {},
};

function toSummary(row: ContainerRow): ContainerSummary {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    sha256: row.sha256,
    bytes: row.bytes,
    importedAt: row.imported_at,
    report: { ...EMPTY_REPORT, ...(JSON.parse(row.report_json) as Partial<ContainerReport>) },
  };
}

export function insertContainer(db: Db, container: NewContainer): number {
  const info = db
    .prepare(
      `INSERT INTO containers (kind, file_name, sha256, bytes, parent_container_id, member_path, imported_at)
       VALUES (@kind, @fileName, @sha256, @bytes, @parentContainerId, @memberPath, @importedAt)`,
    )
    .run(container);
  return Number(info.lastInsertRowid);
}

/** Keeps the completeness report with its container, so it can be read again later. */
export function saveContainerReport(
  db: Db,
  id: number,
  report: ContainerReport,
  lines: readonly ContainerMemberLine[],
): void {
  db.prepare('UPDATE containers SET report_json = @report, lines_json = @lines WHERE id = @id').run({
    id,
    report: JSON.stringify(report),
    lines: JSON.stringify(lines),
  });
}

export function getContainerRow(
  db: Db,
  id: number,
): (ContainerSummary & { lines: ContainerMemberLine[]; parentContainerId: number | null }) | undefined {
  const row = db.prepare('SELECT * FROM containers WHERE id = @id').get({ id }) as ContainerRow | undefined;
  if (!row) return undefined;
  return {
    ...toSummary(row),
    lines: JSON.parse(row.lines_json) as ContainerMemberLine[],
    parentContainerId: row.parent_container_id,
  };
}

export function listContainerRows(db: Db): ContainerSummary[] {
  const rows = db.prepare('SELECT * FROM containers ORDER BY id DESC').all() as ContainerRow[];
  return rows.map(toSummary);
}

/** The container and every archive found inside it, at any depth. */
export function listContainerTree(db: Db, id: number): number[] {
  return db
    .prepare(
      `WITH RECURSIVE tree(id) AS (
         SELECT @id UNION SELECT c.id FROM containers c JOIN tree t ON c.parent_container_id = t.id)
       SELECT id FROM tree`,
    )
    .pluck()
    .all({ id }) as number[];
}

/**
 * Deletes a container and the archives nested in it (`tree`, from listContainerTree). Links that
 * only said "found in this container" go with it; an attachment's link to its message stays,
 * without the container.
 */
export function deleteContainerRow(db: Db, id: number, tree: readonly number[]): void {
  db.prepare(
    'DELETE FROM document_links WHERE parent_article_id IS NULL AND container_id IN (SELECT value FROM json_each(@ids))',
  ).run({ ids: JSON.stringify(tree) });
  db.prepare('DELETE FROM containers WHERE id = @id').run({ id });
}

export interface NewDocumentLink {
  articleId: ArticleId;
  containerId: number | null;
  memberPath: string;
  parentArticleId: ArticleId | null;
  createdAt: string;
}

/** Records one place a document was found; the same place twice is recorded once. */
export function insertDocumentLink(db: Db, link: NewDocumentLink): void {
  const exists = db
    .prepare(
      `SELECT 1 FROM document_links WHERE article_id = @articleId AND container_id IS @containerId
         AND member_path = @memberPath AND parent_article_id IS @parentArticleId`,
    )
    .get(link);
  if (exists) return;
  db.prepare(
    `INSERT INTO document_links (article_id, container_id, member_path, parent_article_id, created_at)
     VALUES (@articleId, @containerId, @memberPath, @parentArticleId, @createdAt)`,
  ).run(link);
}

interface LinkRow {
  container_id: number | null;
  member_path: string;
  file_name: string | null;
  sha256: string | null;
  parent_id: number | null;
  parent_title: string | null;
}

/** The container chain's file names, outermost first ("mail.zip", "inner.zip"). */
function containerPath(db: Db, id: number): string[] {
  const names: string[] = [];
  let at: number | null = id;
  for (let guard = 0; at !== null && guard < 32; guard++) {
    const row = db.prepare('SELECT file_name, parent_container_id FROM containers WHERE id = @at').get({ at }) as
      { file_name: string; parent_container_id: number | null } | undefined;
    if (!row) break;
    names.unshift(row.file_name);
    at = row.parent_container_id;
  }
  return names;
}

export function listLinksOfArticle(db: Db, articleId: ArticleId): ProvenanceLink[] {
  const rows = db
    .prepare(
      `SELECT l.container_id, l.member_path, c.file_name, c.sha256, p.id AS parent_id, p.title AS parent_title
       FROM document_links l
       LEFT JOIN containers c ON c.id = l.container_id
       LEFT JOIN articles p ON p.id = l.parent_article_id
       WHERE l.article_id = @articleId ORDER BY l.id`,
    )
    .all({ articleId }) as LinkRow[];
  return rows.map((r) => ({
    containerId: r.container_id,
    path: [...(r.container_id !== null ? containerPath(db, r.container_id) : []), ...r.member_path.split('/')]
      .filter((part) => part !== '')
      .join(' / '),
    containerFileName: r.file_name,
    containerSha256: r.sha256,
    member: r.member_path,
    parent: r.parent_id !== null ? { id: r.parent_id as ArticleId, title: r.parent_title ?? '' } : null,
  }));
}

export function listChildrenOfArticle(
  db: Db,
  articleId: ArticleId,
): { id: ArticleId; title: string; member: string }[] {
  return db
    .prepare(
      `SELECT a.id, a.title, min(l.member_path) AS member FROM document_links l JOIN articles a ON a.id = l.article_id
       WHERE l.parent_article_id = @articleId GROUP BY a.id ORDER BY min(l.id)`,
    )
    .all({ articleId }) as { id: ArticleId; title: string; member: string }[];
}

/**
 * Articles found in these containers and nowhere else (no link to another container, no link
 * as a loose file): the ones deleting the containers "with their members" removes. An article
 * stored before the container was imported (a loose file met again inside it) is kept.
 */
export function listArticlesOnlyIn(db: Db, containerIds: readonly number[]): ArticleId[] {
  const ids = JSON.stringify(containerIds);
  return db
    .prepare(
      `SELECT DISTINCT l.article_id FROM document_links l
       JOIN articles a ON a.id = l.article_id JOIN containers c ON c.id = l.container_id
       WHERE l.container_id IN (SELECT value FROM json_each(@ids)) AND a.created_at >= c.imported_at
         AND NOT EXISTS (SELECT 1 FROM document_links o WHERE o.article_id = l.article_id
           AND (o.container_id IS NULL OR o.container_id NOT IN (SELECT value FROM json_each(@ids))))`,
    )
    .pluck()
    .all({ ids }) as ArticleId[];
}
