import { Fragment } from 'react';
import type { WordDiffPart } from '../../analysis/anchoring/diff-words.ts';
import type { QuoteLink } from './use-quote-link.ts';

/** Where "show the whole article" goes: the reader's root, without query or fragment. */
const articleHome = import.meta.env.BASE_URL;

/** Whether `LinkNotice` has something to say for this link (so an empty notice can stay hidden). */
export function hasLinkNotice({ resolution, hiddenByFilter }: QuoteLink): boolean {
  if (!resolution) return false;
  if (resolution.kind === 'missing' || resolution.kind === 'invalid') return true;
  return hiddenByFilter || resolution.diff !== null;
}

/**
 * What the reader says about the link it opened, for the page's `role="status"` notice:
 * the words changed (with a word diff), the text is gone, the link is broken, or a filter
 * hides it. Nothing for a link that simply worked. All of it is text, never markup.
 */
export function LinkNotice({ link }: { link: QuoteLink }) {
  const { resolution, hiddenByFilter } = link;
  if (!resolution) return null;
  if (resolution.kind === 'missing')
    return (
      <span data-link-notice="missing">
        Цитата не найдена — возможно, статья изменилась.{' '}
        <a href={articleHome} className="notice-action">
          Показать статью целиком
        </a>
      </span>
    );
  if (resolution.kind === 'invalid')
    return (
      <span data-link-notice="invalid">
        Ссылка повреждена, цитату по ней не найти.{' '}
        <a href={articleHome} className="notice-action">
          Показать статью целиком
        </a>
      </span>
    );
  if (hiddenByFilter)
    return (
      <span data-link-notice="hidden">
        {resolution.kind === 'quote' ? 'Цитата' : 'Фрагмент'} в абзаце, который скрыт фильтром.{' '}
        <a href={`${window.location.pathname}${window.location.hash}`} className="notice-action">
          Показать все абзацы
        </a>
      </span>
    );
  if (resolution.diff)
    return (
      <span data-link-notice="changed">
        {resolution.kind === 'quote' ? 'Цитата изменилась' : 'Фрагмент изменился'}:{' '}
        <WordDiff parts={resolution.diff} />
      </span>
    );
  return null;
}

/** Unchanged runs longer than this are shortened to their ends, so the change stands out. */
const keepWords = 5;

/** A word diff as text: removed words struck through, added ones underlined, each named for screen readers. */
export function WordDiff({ parts }: { parts: readonly WordDiffPart[] }) {
  return (
    <q className="link-diff" data-word-diff="">
      {parts.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        const words = part.text.split(' ');
        const text =
          part.op === 'same' && words.length > 2 * keepWords
            ? [
                i > 0 ? words.slice(0, keepWords).join(' ') : '',
                '…',
                i < parts.length - 1 ? words.slice(-keepWords).join(' ') : '',
              ]
                .filter(Boolean)
                .join(' ')
            : part.text;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder
          <Fragment key={i}>
            {space}
            {part.op === 'removed' ? (
              <del>
                <span className="visually-hidden">было: </span>
                {text}
              </del>
            ) : part.op === 'added' ? (
              <ins>
                <span className="visually-hidden">стало: </span>
                {text}
              </ins>
            ) : (
              text
            )}
          </Fragment>
        );
      })}
    </q>
  );
}
