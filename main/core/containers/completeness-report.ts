import type { ApiError, ContainerMemberLine, ContainerReport, ImportFileResult } from '../../../preload/api';

/** A container's completeness report as its members are read: every line, and the counts kept with the container. */
export class CompletenessReport {
  readonly lines: ContainerMemberLine[] = [];
  readonly results: ImportFileResult[] = [];
  incomplete: ApiError | undefined;
  summary(): ContainerReport {
    const failedByCode: Record<string, number> = {};
    for (const l of this.lines) if (l.error) failedByCode[l.error.code] = (failedByCode[l.error.code] ?? 0) + 1;
    const n = (s: ContainerMemberLine['status']) => this.lines.filter((l) => l.status === s).length;
    return {
      found: this.lines.length,
      imported: n('imported'),
      duplicates: n('duplicate'),
      failed: n('failed'),
      skipped: n('skipped'),
      failedByCode,
      ...(this.incomplete ? { incomplete: this.incomplete } : {}),
    };
  }
}
