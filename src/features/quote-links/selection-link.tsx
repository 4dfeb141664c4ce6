import { useEffect, useState } from 'react';
import { ChunkLoadAlert } from '../../ui/chunk-load-alert.tsx';
import { type LazyChunk, useLazyChunk } from '../../ui/lazy-chunk.ts';
import './quote-links.css';

const selectionPanelChunk: LazyChunk<typeof import('./selection-panel.tsx')> = {
  name: 'selection-link',
  load: () => import('./selection-panel.tsx'),
};

/**
 * "Link to this fragment" for words selected in the article. Few readers select text, so
 * the panel (`SelectionPanel`) is its own file, loaded on the first selection inside the
 * article; this part only watches for that selection.
 */
export function SelectionLink({
  text,
  articleSelector = 'article[lang="ru"]',
}: {
  text: string;
  articleSelector?: string;
}) {
  const [wanted, setWanted] = useState(false);
  const chunk = useLazyChunk(selectionPanelChunk, wanted);

  useEffect(() => {
    if (wanted) return;
    const check = () => {
      const selection = document.getSelection();
      const range = selection && !selection.isCollapsed ? selection.getRangeAt(0) : null;
      if (range && document.querySelector(articleSelector)?.contains(range.commonAncestorContainer))
        setWanted(true);
    };
    document.addEventListener('selectionchange', check);
    return () => document.removeEventListener('selectionchange', check);
  }, [wanted, articleSelector]);

  if (chunk.failure)
    return (
      // Fixed at the bottom of the window: the reader is somewhere in the article, not at its end.
      <div className="selection-link-failure">
        <ChunkLoadAlert failure={chunk.failure} what="Ссылка на выделенный фрагмент пока не работает." />
      </div>
    );
  const Panel = chunk.module?.SelectionPanel;
  return Panel ? <Panel text={text} articleSelector={articleSelector} /> : null;
}
