import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteSummary } from '../../../preload/api';
import { useClient } from '../api/client-context';
import { useReportFailure } from '../ui/use-report-failure';

/** A note's key date: the day it records, which puts it on the story timeline as an event. */
export function NoteEventDate({ note }: { note: NoteSummary }) {
  const { t } = useTranslation();
  const client = useClient();
  const reportFailure = useReportFailure();
  const [day, setDay] = useState(note.eventDate ?? '');
  const save = (value: string) => {
    setDay(value);
    // A date field reports '' while a day is half typed: only a whole day, or a cleared field, is saved.
    if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    reportFailure(
      client.setNoteEventDate({ id: note.id, eventDate: value === '' ? null : value }).then(() => undefined),
      t('timeline.saveDateWhat'),
    );
  };
  return (
    <label className="note-event-date" title={t('timeline.noteDateHint')}>
      <span>{t('timeline.noteDate')}</span>
      <input type="date" data-testid="note-event-date" value={day} onChange={(e) => save(e.target.value)} />
    </label>
  );
}
