import type { ChunkFailure } from './lazy-chunk.ts';
import './status-box.css';
import './chunk-load-alert.css';

/**
 * The alert for a part of the reader that did not load (`useLazyChunk`): what does not
 * work, the likely cause, and a Retry that imports again or, when that cannot help,
 * reloads the page at the same URL. Everything else on the page keeps working.
 */
export function ChunkLoadAlert({ failure, what }: { failure: ChunkFailure; what: string }) {
  const reload = failure.action === 'reload';
  return (
    <div role="alert" className="status-box failure-alert chunk-alert" data-chunk-failure={failure.name}>
      <p className="failure-alert-title">Не удалось загрузить часть читалки</p>
      <p className="failure-alert-detail">
        {what} Возможно, вышла новая версия сайта или прервалась связь.{' '}
        {reload ? 'Обновите страницу: ссылка и поиск сохранятся.' : 'Остальная страница работает.'}
      </p>
      {/* aria-disabled, not disabled: the button keeps focus while it works, for the next press. */}
      <button
        type="button"
        className="failure-alert-action"
        aria-disabled={failure.retrying || undefined}
        onClick={failure.retrying ? undefined : failure.retry}
      >
        {reload ? 'Обновить страницу' : 'Повторить'}
      </button>
    </div>
  );
}
