/**
 * Journal format 2 → 3, the timeline (issue 11): a case of format 2 had only its status history;
 * in format 3 it carries a timeline, which starts as that history, one `status` entry per change
 * with its day and recording time (ids `status-0`, `status-1`, … as the database upgrade makes
 * them). The input is untrusted: a history not in the expected shape is passed on unchanged, and
 * the schema refuses it with its path.
 */
export function timelineFromFormat2(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.statusHistory)) return raw;
  const history: unknown[] = raw.statusHistory;
  const timeline = history.map((change, index) => {
    if (!isRecord(change)) return change;
    const previous = index === 0 ? null : history[index - 1];
    return {
      id: `status-${index}`,
      kind: 'status',
      on: change.on,
      recordedAt: change.recordedAt,
      corrects: null,
      status: change.status,
      from: isRecord(previous) ? previous.status : null,
    };
  });
  return { ...raw, timeline };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file-level step, registered in journalFileMigrations. */
export function upgradeFrom2(file: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(file.cases) ? { ...file, cases: file.cases.map(timelineFromFormat2) } : file;
}
