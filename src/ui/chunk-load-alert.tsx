import type { ChunkFailure } from './lazy-chunk.ts';
import './status-box.css';
import './chunk-load-alert.css';

/**
 * The alert for a part of the reader that did not load (`useLazyChunk`): what does not
 * work, the likely cause, and a Retry that imports again or, when that cannot help,
 * reloads the page at the same URL. Everything else on the page keeps working.
 */
export function ChunkLoadAlert({
  failure,
  what,
  phrasing = false,
}: {
  failure: ChunkFailure;
  what: string;
  /** Built of spans, for a place inside a paragraph (where a <div> or <p> is invalid). */
  phrasing?: boolean;
}) {
  const reload = failure.action === 'reload';
  const Box = phrasing ? 'span' : 'div';
  const Line = phrasing ? 'span' : 'p';
  return (
    <Box role="alert" className="status-box failure-alert chunk-alert" data-chunk-failure={failure.name}>
      <Line className="failure-alert-title">Не удалось загрузить часть читалки</Line>
      <Line className="failure-alert-detail">
        {what} Возможно, вышла новая версия сайта или прервалась связь.{' '}
        {reload ? 'Обновите страницу: ссылка и поиск сохранятся.' : 'Остальная страница работает.'}
      </Line>
      {/* aria-disabled, not disabled: the button keeps focus while it works, for the next press. */}
      <button
        type="button"
        className="failure-alert-action"
        aria-disabled={failure.retrying || undefined}
        onClick={failure.retrying ? undefined : failure.retry}
      >
        {reload ? 'Обновить страницу' : 'Повторить'}
      </button>
    </Box>
  );
}
