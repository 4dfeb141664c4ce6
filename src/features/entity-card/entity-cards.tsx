import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { Analysis, Entity } from '../../analysis/types.ts';
import type { EntityFacts } from '../../article/article-data.ts';
import { describeMentions, typeWord } from './describe-entity.ts';
import { useEntityCardController } from './entity-card-context.ts';
import { entityCardId } from './entity-layers.ts';
import { placeCard } from './place-card.ts';

interface EntityCardsProps {
  analysis: Analysis;
  facts: Record<string, EntityFacts>;
  /** The entity whose mentions are all emphasised, if any. */
  emphasizedId: string | null;
  onToggleAll: (entityId: string) => void;
}

/**
 * Every entity's card, in one layer after the article: the open one is shown next to its
 * word, the rest stay `hidden` so each mention's `aria-describedby` always resolves.
 */
export function EntityCards({ analysis, facts, emphasizedId, onToggleAll }: EntityCardsProps) {
  const cards = useEntityCardController();
  const state = useSyncExternalStore(cards.subscribe, cards.getSnapshot, () => null);
  const layer = useRef<HTMLDivElement>(null);
  const openCard = () =>
    state
      ? (layer.current?.querySelector<HTMLElement>(`[data-entity-card="${CSS.escape(state.entityId)}"]`) ??
        null)
      : null;

  useLayoutEffect(() => {
    if (!state) return;
    const card = layer.current?.querySelector<HTMLElement>(
      `[data-entity-card="${CSS.escape(state.entityId)}"]`,
    );
    if (!card) return;
    const place = () => {
      const lines = [...state.anchor.getClientRects()].map((r) => ({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
      }));
      const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const at = placeCard(lines, { width: card.offsetWidth, height: card.offsetHeight }, viewport);
      card.style.top = `${at.top + window.scrollY}px`;
      card.style.left = `${at.left + window.scrollX}px`;
      card.dataset.side = at.side;
    };
    place();
    if (state.focusActions) card.querySelector<HTMLElement>('button')?.focus();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [state]);

  useEffect(() => {
    if (!state) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const card = openCard();
      const focusInCard = !!card && card.contains(document.activeElement);
      cards.close(focusInCard);
    };
    const outside = (target: EventTarget | null) => {
      const open = cards.state;
      if (!open || !(target instanceof Node)) return false;
      return !open.anchor.contains(target) && !openCard()?.contains(target);
    };
    const onPointer = (event: PointerEvent) => {
      if (outside(event.target)) cards.close(false);
    };
    // Focus that moves anywhere but the word or its card (a chip, a control) closes it.
    const onFocusIn = (event: FocusEvent) => {
      if (outside(event.target)) cards.close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocusIn);
    };
  });

  useEffect(() => () => cards.dispose(), [cards]);

  const next = (entityId: string) => {
    const mentions = [
      ...document.querySelectorAll<HTMLElement>(`[data-entity-id="${CSS.escape(entityId)}"][tabindex="0"]`),
    ];
    if (mentions.length === 0) return;
    const from = state?.anchor;
    const after = from
      ? mentions.find((m) => from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)
      : undefined;
    const target = after ?? mentions[0];
    if (!target) return;
    cards.follow(entityId, target);
    target.scrollIntoView({ block: 'nearest' });
    target.focus();
  };

  return (
    <div ref={layer} className="entity-cards">
      {analysis.entities.map((entity) => (
        <EntityCard
          key={entity.id}
          entity={entity}
          text={analysis.text}
          facts={facts[entity.id]}
          open={state?.entityId === entity.id}
          emphasized={emphasizedId === entity.id}
          onPointerEnter={() => cards.hoverCard()}
          onPointerLeave={() => cards.hoverEnd()}
          onBlur={(next) => cards.blur(next, openCard())}
          onToggleAll={() => onToggleAll(entity.id)}
          onNext={() => next(entity.id)}
        />
      ))}
    </div>
  );
}

interface EntityCardProps {
  entity: Entity;
  text: string;
  facts: EntityFacts | undefined;
  open: boolean;
  emphasized: boolean;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onBlur: (next: Element | null) => void;
  onToggleAll: () => void;
  onNext: () => void;
}

/** One small, Wikipedia-preview-like card: name, type, description, count and forms, actions. */
function EntityCard({
  entity,
  text,
  facts,
  open,
  emphasized,
  onPointerEnter,
  onPointerLeave,
  onBlur,
  onToggleAll,
  onNext,
}: EntityCardProps) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointer tracking keeps a hovered card open through its grace period; the card's controls are buttons.
    <div
      className="entity-card"
      data-entity-card={entity.id}
      data-entity-type={entity.type}
      hidden={!open}
      onPointerEnter={(event) => event.pointerType !== 'touch' && onPointerEnter()}
      onPointerLeave={(event) => event.pointerType !== 'touch' && onPointerLeave()}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onBlur(event.relatedTarget);
      }}
    >
      <div role="tooltip" id={entityCardId(entity.id)} className="entity-card-body">
        <p className="entity-card-title">
          <span className="entity-card-name">{entity.name}</span>
          <span className="entity-card-type">{typeWord(entity.type)}</span>
        </p>
        {facts && <p className="entity-card-description">{facts.description}</p>}
        <p className="entity-card-count">{describeMentions(text, entity)}</p>
      </div>
      <fieldset className="entity-card-actions">
        <legend className="visually-hidden">Упоминания: {entity.name}</legend>
        <button type="button" className="card-action" aria-pressed={emphasized} onClick={onToggleAll}>
          все упоминания
        </button>
        <button type="button" className="card-action" onClick={onNext} disabled={entity.mentions.length < 2}>
          следующее
        </button>
      </fieldset>
    </div>
  );
}
