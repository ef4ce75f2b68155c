/** Containers: archives and mailboxes whose members become documents, with provenance, threads and a report. */

import type { ApiError } from './errors';
import type { ArticleId } from './ids';
import { listKeys } from './key-list';

/** What a container is; nested archives and e-mails with attachments are containers too. */
export type ContainerKind = 'zip' | 'tar' | 'tgz' | '7z' | 'mbox' | 'msg' | 'pst' | 'eml';

/**
 * Why a file or member was not imported although nothing was wrong with it (a folder entry, a system
 * file, a hidden file or folder met while walking a folder, an Outlook item that is not mail: a
 * contact, a calendar entry, a task).
 */
export type SkipReason = 'folder' | 'system-file' | 'hidden' | 'too-deep' | 'inline-image' | 'link' | 'not-mail';

/** One member's line in a container's completeness report. */
export interface ContainerMemberLine {
  /** The member's path inside the container ("folder/file.pdf", "message 12", "message 12/report.pdf"). */
  member: string;
  status: 'imported' | 'duplicate' | 'failed' | 'skipped';
  id?: ArticleId;
  duplicateOf?: ArticleId;
  error?: ApiError;
  /** For a skipped member, why. */
  skipped?: SkipReason;
}

/** The completeness report of one container: every member found ends in exactly one of the counts. */
export interface ContainerReport {
  found: number;
  imported: number;
  duplicates: number;
  failed: number;
  skipped: number;
  /** Failures by code, e.g. { ENCRYPTED: 1, UNSUPPORTED_FORMAT: 2 }. */
  failedByCode: Record<string, number>;
  /** Set when the container itself ended early (truncated mailbox, archive past the size cap). */
  incomplete?: ApiError;
}

export interface ContainerSummary {
  id: number;
  kind: ContainerKind;
  fileName: string;
  sha256: string;
  bytes: number;
  importedAt: string;
  report: ContainerReport;
}

export interface ContainerDetail extends ContainerSummary {
  lines: ContainerMemberLine[];
}

/** Where a document came from: one link per container or message it was found in (deduplicated members have several). */
export interface ProvenanceLink {
  containerId: number | null;
  /** "archive.zip / folder / file.pdf", shown to the reporter. */
  path: string;
  containerFileName: string | null;
  containerSha256: string | null;
  member: string;
  /** The message this document was attached to, if any. */
  parent: { id: ArticleId; title: string } | null;
}

export interface DocumentProvenance {
  links: ProvenanceLink[];
  /** Documents found inside this one (a message's attachments). */
  children: { id: ArticleId; title: string; member: string }[];
  /** The conversation this message belongs to, when it is an e-mail. */
  thread: MailThread | null;
}

export interface ThreadMessage {
  id: ArticleId;
  title: string;
  from: string | null;
  to: string[];
  sentAt: string | null;
  /** Nesting depth in the conversation tree (0 for the first message). */
  depth: number;
  text: string;
}

export interface MailThread {
  threadId: string;
  messages: ThreadMessage[];
}

export interface ContainersApi {
  getProvenance(args: { id: ArticleId }): Promise<DocumentProvenance>;
  getContainer(args: { containerId: number }): Promise<ContainerDetail>;
  listContainers(): Promise<ContainerSummary[]>;
  /** Deletes a container's record, and its members too when `withMembers` (members found elsewhere stay). */
  deleteContainer(args: { containerId: number; withMembers: boolean }): Promise<{ deletedArticles: number }>;
}

export const CONTAINERS_METHODS = listKeys<ContainersApi>({
  getProvenance: true,
  getContainer: true,
  listContainers: true,
  deleteContainer: true,
});
