import type { ArticleLoadFailure } from '../../article/article-load-error.ts';

/** What the reader is told about a failed load: what happened, and what will help. */
export interface LoadFailureMessage {
  title: string;
  detail: string;
}

const messages: Record<ArticleLoadFailure, LoadFailureMessage> = {
  'not-found': {
    title: 'Статья не найдена',
    detail: 'Сервер ответил, что данных статьи нет (ошибка 404). Возможно, ссылка устарела.',
  },
  server: {
    title: 'Сервер не смог отдать статью',
    detail: 'Сервер ответил ошибкой; мы уже попробовали ещё раз. Повторите чуть позже.',
  },
  'not-json': {
    title: 'Сервер прислал не те данные',
    detail: 'Вместо данных статьи пришла веб-страница. Возможно, сайт сейчас обновляется.',
  },
  truncated: {
    title: 'Данные статьи пришли не полностью',
    detail: 'Ответ оборвался или повреждён. Обычно помогает повторить загрузку.',
  },
  'wrong-shape': {
    title: 'Данные статьи в неожиданном формате',
    detail: 'Возможно, сайт обновился. Повторите загрузку или обновите страницу.',
  },
  timeout: {
    title: 'Сервер не ответил вовремя',
    detail: 'Загрузка шла слишком долго и была остановлена. Проверьте связь и повторите.',
  },
  offline: {
    title: 'Нет подключения к интернету',
    detail: 'Статья загрузится сама, когда связь вернётся, или нажмите «Повторить».',
  },
  network: {
    title: 'Не удалось связаться с сервером',
    detail: 'Проверьте подключение к интернету и повторите.',
  },
};

/** The message for a failure; anything unforeseen gets the network message's advice, never a blank. */
export function describeLoadFailure(failure: ArticleLoadFailure | null): LoadFailureMessage {
  return failure
    ? messages[failure]
    : { title: 'Не удалось загрузить статью', detail: messages.network.detail };
}
