import '../../ui/status-box.css';
import './load-status.css';
import { useEffect, useState } from 'react';
import { ArticleLoadError } from '../../article/article-load-error.ts';
import { describeLoadFailure } from './describe-load-failure.ts';

/** After this long, a load still running is said to be slow. */
export const slowAfterMs = 3_000;

interface ArticleLoadStatusProps {
  /** The last error, or null while the first load runs. */
  error: Error | null;
  /** True while a request is running (the first one, a retry, or an automatic one). */
  fetching: boolean;
  onRetry: () => void;
}

/** True once `active` has stayed true for `ms`; false again as soon as it stops. */
function useTookLong(active: boolean, ms: number): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    setLong(false);
    if (!active) return;
    const timer = setTimeout(() => setLong(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return long;
}

/**
 * What the reader sees while the article has no data: a polite "loading" status that
 * admits when it is slow, or an alert saying what failed with a Retry button. Offline,
 * it retries by itself when the browser says the connection is back.
 */
export function ArticleLoadStatus({ error, fetching, onRetry }: ArticleLoadStatusProps) {
  const slow = useTookLong(fetching, slowAfterMs);
  const failure = error instanceof ArticleLoadError ? error.failure : null;

  useEffect(() => {
    if (failure !== 'offline') return;
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [failure, onRetry]);

  if (fetching || !error)
    return (
      <div className="status-box load-status" role="status" data-load-state={slow ? 'slow' : 'loading'}>
        {slow ? 'Загрузка занимает больше обычного…' : 'Загружаем статью…'}
      </div>
    );

  const { title, detail } = describeLoadFailure(failure);
  return (
    <div
      className="status-box failure-alert load-status"
      role="alert"
      data-load-failure={failure ?? 'unknown'}
    >
      <p className="failure-alert-title">{title}</p>
      <p className="failure-alert-detail">{detail}</p>
      <button type="button" className="failure-alert-action" onClick={onRetry}>
        Повторить
      </button>
    </div>
  );
}
