import type { Database } from 'better-sqlite3';

/**
 * Schema version 8: containers (archives, mailboxes, e-mails with attachments) and where each
 * document came from.
 *
 * - `containers`: one row per archive or mailbox imported, with its file name, sha256 and size
 *   (the bytes themselves are not kept: a 1 GB mailbox would double the library) and its
 *   completeness report (`report_json`: counts, and `lines_json`: one line per member), so the
 *   report can be read again later. A nested archive points at the archive it was found in.
 * - `document_links`: one row per place a document was found: the container and the member path
 *   inside it, and the message it was attached to. A document met twice (the same attachment in
 *   twenty messages) is stored once and has twenty links.
 * - `mail_messages`: the headers threading and the mail filters need (Message-ID, In-Reply-To,
 *   References, the normalised subject, the sender and recipients' addresses), and the thread
 *   the JWZ algorithm put the message in.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE containers (
      id                  INTEGER PRIMARY KEY,
      kind                TEXT    NOT NULL CHECK (kind IN ('zip', 'tar', 'tgz', 'mbox', 'msg', 'pst', 'eml')),
      file_name           TEXT    NOT NULL,
      sha256              TEXT    NOT NULL,
      bytes               INTEGER NOT NULL CHECK (bytes >= 0),
      parent_container_id INTEGER REFERENCES containers(id) ON DELETE CASCADE,
      member_path         TEXT,
      report_json         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(report_json)),
      lines_json          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(lines_json)),
      imported_at         TEXT    NOT NULL
    );
    CREATE INDEX containers_by_sha256 ON containers (sha256);
    CREATE INDEX containers_by_parent ON containers (parent_container_id);

    CREATE TABLE document_links (
      id                INTEGER PRIMARY KEY,
      article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      container_id      INTEGER REFERENCES containers(id) ON DELETE SET NULL,
      member_path       TEXT    NOT NULL DEFAULT '',
      parent_article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
      created_at        TEXT    NOT NULL,
      CHECK (container_id IS NOT NULL OR parent_article_id IS NOT NULL)
    );
    CREATE INDEX document_links_by_article ON document_links (article_id);
    CREATE INDEX document_links_by_container ON document_links (container_id);
    CREATE INDEX document_links_by_parent ON document_links (parent_article_id);

    CREATE TABLE mail_messages (
      article_id      INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      message_id      TEXT,
      in_reply_to     TEXT,
      references_json TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(references_json)),
      subject_key     TEXT    NOT NULL DEFAULT '',
      sent_at         TEXT,
      sender          TEXT,
      recipients_json TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(recipients_json)),
      thread_id       TEXT
    );
    CREATE INDEX mail_messages_by_message_id ON mail_messages (message_id);
    CREATE INDEX mail_messages_by_thread ON mail_messages (thread_id, sent_at);
    CREATE INDEX mail_messages_by_sender ON mail_messages (sender);

    CREATE TABLE mail_recipients (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      address    TEXT    NOT NULL,
      PRIMARY KEY (article_id, address)
    ) WITHOUT ROWID;
    CREATE INDEX mail_recipients_by_address ON mail_recipients (address);
  `);
}
