import type { KeyboardEvent, ReactNode, SyntheticEvent } from 'react';
import type { Entity, Mention } from '../../analysis/types.ts';
import { useEntityCardController } from './entity-card-context.ts';
import { entityCardId } from './entity-layers.ts';

interface EntityMentionProps {
  entity: Entity;
  mention: Mention;
  /** 0 for the first element of this mention; later pieces are not separate tab stops. */
  piece: number;
  emphasized: boolean;
  /**
   * Overlaps another mention. Such mentions are focusable spans without a button role,
   * because a button's content is flattened and must not hold another control.
   */
  nested: boolean;
  children: ReactNode;
}

/**
 * A mention in the text: underlined by type, a keyboard stop described by its card.
 * Hover (after a short rest), focus and tap show the card; click or Enter pins it with
 * its actions.
 */
export function EntityMention({ entity, mention, piece, emphasized, nested, children }: EntityMentionProps) {
  const cards = useEntityCardController();
  // Mentions nest ("РК" inside "Президент РК …"), and focus, click and key events bubble:
  // each mention handles only the events that are its own, not its inner mention's.
  const own = (event: SyntheticEvent<HTMLElement>) =>
    event.target instanceof Element && event.target.closest('.mention') === event.currentTarget;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!own(event) || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    cards.activate(entity.id, event.currentTarget, true);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a <button> cannot wrap across lines inside a paragraph, so a mention is a focusable span (a button by role unless nested).
    <span
      role={nested ? undefined : 'button'}
      tabIndex={piece === 0 ? 0 : -1}
      className="mention"
      data-entity-id={entity.id}
      data-entity-type={entity.type}
      data-mention-kind={mention.kind}
      data-mention-start={mention.start}
      data-emphasized={emphasized ? 'true' : undefined}
      aria-describedby={entityCardId(entity.id)}
      onPointerOver={(event) => {
        if (event.pointerType !== 'touch' && own(event)) cards.hoverStart(entity.id, event.currentTarget);
      }}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'touch') cards.hoverEnd();
      }}
      onFocus={(event) => {
        if (own(event)) cards.focus(entity.id, event.currentTarget);
      }}
      onBlur={(event) => {
        if (own(event))
          cards.blur(
            event.relatedTarget,
            document.getElementById(entityCardId(entity.id))?.parentElement ?? null,
          );
      }}
      onClick={(event) => {
        if (own(event)) cards.activate(entity.id, event.currentTarget, false);
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </span>
  );
}
