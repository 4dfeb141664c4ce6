import { useEffect, useRef, useState } from 'react';
import { shareUrl } from '../../analysis/anchoring/share-url.ts';
import type { Span } from '../../analysis/types.ts';
import { mapTextNodes } from './dom-text-map.ts';
import { ManualCopy } from './manual-copy.tsx';
import { siteUrl } from './site-url.ts';
import { spanFromRange } from './span-from-range.ts';
import { useShareActions } from './use-share-actions.ts';

interface Position {
  top: number;
  left: number;
}

/**
 * The action under a selection in the article: copies a link to exactly that fragment (or
 * shares it); opening the link highlights the fragment with the same re-anchoring as quote
 * links. Hidden while nothing in the article is selected. Loaded on the first selection
 * (`SelectionLink`), so it places itself under the selection that is already there.
 */
export function SelectionPanel({
  text,
  articleSelector = 'article[lang="ru"]',
}: {
  text: string;
  articleSelector?: string;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<Span | null>(null);
  const [position, setPosition] = useState<Position | null>(null);
  const { status, manual, native, copy: copyValue, share: shareData, reset } = useShareActions();

  useEffect(() => {
    let timer = 0;
    const update = () => {
      const selection = document.getSelection();
      const article = document.querySelector(articleSelector);
      if (panel.current?.contains(document.activeElement)) return;
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const found =
        range && article?.contains(range.commonAncestorContainer)
          ? trimmed(text, spanFromRange(mapTextNodes(article, text), range))
          : null;
      setSpan(found);
      reset();
      if (!found || !range) return setPosition(null);
      const rect = range.getBoundingClientRect();
      setPosition({ top: rect.bottom + 8, left: rect.left + rect.width / 2 });
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 120);
    };
    update();
    document.addEventListener('selectionchange', later);
    window.addEventListener('scroll', later, { passive: true });
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', later);
      window.removeEventListener('scroll', later);
    };
  }, [text, articleSelector, reset]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the status and manual-copy box change the panel's height, so it is placed again
  useEffect(() => {
    const el = panel.current;
    if (!el || !position) return;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const left = Math.min(Math.max(8, position.left - width / 2), window.innerWidth - width - 8);
    const top = Math.min(position.top, window.innerHeight - height - 8);
    el.style.setProperty('left', `${left}px`);
    el.style.setProperty('top', `${top}px`);
  }, [position, status, manual]);

  if (!span || !position) return null;
  const url = () => shareUrl(siteUrl(), text, span, null);
  const copy = () =>
    copyValue(
      url(),
      'Ссылка на фрагмент скопирована.',
      'Не удалось скопировать автоматически — скопируйте ссылку ниже.',
    );
  const share = () =>
    shareData({ title: 'Фрагмент статьи', text: `«${text.slice(span.start, span.end)}»`, url: url() });
  // Keeping the pointer from moving focus keeps the reader's selection while they press.
  const keepSelection = (event: { preventDefault: () => void }) => event.preventDefault();

  return (
    <div ref={panel} className="selection-link" data-selection-link="">
      <button
        type="button"
        data-share-action="copy-fragment-link"
        onPointerDown={keepSelection}
        onClick={copy}
      >
        Ссылка на фрагмент
      </button>
      {native && (
        <button
          type="button"
          data-share-action="share-fragment"
          onPointerDown={keepSelection}
          onClick={share}
        >
          Поделиться…
        </button>
      )}
      <span className="selection-link-status" aria-live="polite">
        {status}
      </span>
      <ManualCopy value={manual} label="Ссылка для копирования" />
    </div>
  );
}

/** The span without surrounding whitespace; null when no letter or digit is left. */
function trimmed(text: string, span: Span | null): Span | null {
  if (!span) return null;
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : null;
}
