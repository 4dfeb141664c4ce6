import { pluralRu } from '../../ui/plural-ru.ts';
import './filters.css';

const paragraphs = { one: 'абзац', few: 'абзаца', many: 'абзацев' };
const hidden = { one: 'скрыт', few: 'скрыто', many: 'скрыто' };

/** Where filters hid paragraphs: one quiet line, "4 абзаца скрыто · показать", that expands them. */
export function HiddenBlocks({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <div className="hidden-blocks" data-hidden-blocks={count}>
      {count} {pluralRu(count, paragraphs)} {pluralRu(count, hidden)} ·{' '}
      <button type="button" className="link-button" onClick={onShow}>
        показать
      </button>
    </div>
  );
}
