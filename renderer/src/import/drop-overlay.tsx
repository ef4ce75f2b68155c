import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';

/** True when a drag carries files (not text or a link dragged inside the page). */
function carriesFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Listens for files dragged anywhere onto the window, shows where they will go, and hands the
 * drop over. Every drop is swallowed, so a dropped file or link can never navigate the app.
 * `onFilesEnter` is called when a drag carrying files enters the window (not on each element it
 * crosses, nor on dragover), so the core can get ready while the reporter aims.
 */
export function DropOverlay({
  onDrop,
  onFilesEnter,
}: {
  onDrop: (data: DataTransfer) => void;
  onFilesEnter?: () => void;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const depth = useRef(0);
  const latestOnDrop = useRef(onDrop);
  const latestOnFilesEnter = useRef(onFilesEnter);
  useEffect(() => {
    latestOnDrop.current = onDrop;
    latestOnFilesEnter.current = onFilesEnter;
  });

  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (depth.current === 0) latestOnFilesEnter.current?.();
      depth.current += 1;
      setActive(true);
    };
    const onDragOver = (event: DragEvent) => {
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = carriesFiles(event) ? 'copy' : 'none';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDropEvent = (event: DragEvent) => {
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      if (event.dataTransfer && carriesFiles(event) && event.dataTransfer.files.length > 0)
        latestOnDrop.current(event.dataTransfer);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDropEvent);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDropEvent);
    };
  }, []);

  if (!active) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-live="polite">
      <div className="drop-overlay__card">
        <div className="drop-overlay__icon" aria-hidden="true">
          ⤓
        </div>
        <p className="drop-overlay__title">{t('import.dropTitle')}</p>
        <p className="drop-overlay__hint">{t('import.dropHint')}</p>
      </div>
    </div>
  );
}
