import '../../ui/status-box.css';
import './load-status.css';
import { ArticleLoadError } from '../../article/article-load-error.ts';
import { describeLoadFailure } from './describe-load-failure.ts';

/**
 * When the prerendered page cannot get its data, React never starts: the article stays
 * as the static page (readable, its quote links working) and this notice, built with
 * the DOM and text only, says what is missing and why, with a Retry. It sits outside the
 * React root, so a later successful retry hydrates the untouched page and removes it.
 * It also retries by itself when the browser says the connection is back.
 */
export function showHydrationFailure(
  doc: Document,
  root: HTMLElement,
  error: unknown,
  retry: () => Promise<void>,
): void {
  const box = doc.createElement('div');
  box.className = 'status-box failure-alert hydration-failure';
  box.setAttribute('role', 'alert');
  const title = doc.createElement('p');
  title.className = 'failure-alert-title';
  title.textContent = 'Поиск, фильтры и карточки не загрузились';
  const detail = doc.createElement('p');
  detail.className = 'failure-alert-detail';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'failure-alert-action';
  button.textContent = 'Повторить';
  box.append(title, detail, button);
  root.before(box);
  // The places held for the controls stay empty until hydration: fold them meanwhile.
  doc.documentElement.dataset.hydration = 'failed';

  const view = doc.defaultView;
  const explain = (reason: unknown) => {
    const failure = reason instanceof ArticleLoadError ? reason.failure : null;
    const message = describeLoadFailure(failure);
    box.dataset.loadFailure = failure ?? 'unknown';
    const what = message.title.charAt(0).toLowerCase() + message.title.slice(1);
    detail.textContent = `Текст перед вами, но данные для них не пришли: ${what}. ${message.detail}`;
  };
  let running = false;
  const again = () => {
    if (running) return;
    running = true;
    button.setAttribute('aria-disabled', 'true');
    retry().then(
      () => {
        view?.removeEventListener('online', again);
        delete doc.documentElement.dataset.hydration;
        box.remove();
      },
      (reason: unknown) => {
        running = false;
        button.removeAttribute('aria-disabled');
        explain(reason);
      },
    );
  };
  explain(error);
  button.addEventListener('click', again);
  view?.addEventListener('online', again);
}
