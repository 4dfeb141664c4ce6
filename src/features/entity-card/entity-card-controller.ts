/** Which card is open, next to which element, and whether it stays open without hover. */
export interface CardState {
  entityId: string;
  anchor: HTMLElement;
  /** Opened by click, Enter or tap: stays open when the pointer leaves. */
  pinned: boolean;
  /** Move keyboard focus into the card's actions once it is shown. */
  focusActions: boolean;
}

/** Hover timing from the design: open after a short rest, close after a grace period. */
export const hoverOpenDelay = 150;
export const hoverCloseGrace = 300;

/**
 * The entity card's behaviour, free of React: hover intent with delay and grace, focus,
 * activation and closing. The card layer subscribes to it; mentions call into it.
 */
export class EntityCardController {
  state: CardState | null = null;
  private readonly listeners = new Set<() => void>();
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** An anchor that gets focus back from the card; that focus must not reopen it. */
  private quietFocus: HTMLElement | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CardState | null => this.state;

  private set(next: CardState | null): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  /** The pointer rests on a mention: open its card after the delay. */
  hoverStart(entityId: string, anchor: HTMLElement): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.openTimer);
    if (this.state?.anchor === anchor) return;
    if (this.state?.pinned) return;
    this.openTimer = setTimeout(
      () => this.set({ entityId, anchor, pinned: false, focusActions: false }),
      hoverOpenDelay,
    );
  }

  /** The pointer left a mention or the card: close after the grace period, unless pinned. */
  hoverEnd(): void {
    clearTimeout(this.openTimer);
    if (!this.state || this.state.pinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.set(null), hoverCloseGrace);
  }

  /** The pointer reached the card: keep it open. */
  hoverCard(): void {
    clearTimeout(this.closeTimer);
  }

  /** Keyboard (or tap) focus on a mention shows its card at once. */
  focus(entityId: string, anchor: HTMLElement): void {
    if (this.quietFocus === anchor) {
      this.quietFocus = null;
      return;
    }
    this.clearTimers();
    if (this.state?.anchor === anchor) return;
    this.set({ entityId, anchor, pinned: false, focusActions: false });
  }

  /** Focus left a mention or the card; `next` is where it went. */
  blur(next: Element | null, card: Element | null): void {
    if (next && (card?.contains(next) || next === this.state?.anchor)) return;
    this.clearTimers();
    if (this.state) this.set(null);
  }

  /** Click, Enter or tap: open and pin the card; from the keyboard, focus its actions. */
  activate(entityId: string, anchor: HTMLElement, fromKeyboard: boolean): void {
    this.clearTimers();
    if (this.state?.anchor === anchor && this.state.pinned && !fromKeyboard) {
      this.set(null);
      return;
    }
    this.set({ entityId, anchor, pinned: true, focusActions: fromKeyboard });
  }

  /**
   * The card's "next" action: the card moves to that mention and stays pinned, as the reader
   * is working in it. Without this, focusing the next word reopened the card unpinned, and the
   * pointer, left behind when the card moved, closed it after the grace period.
   */
  follow(entityId: string, anchor: HTMLElement): void {
    this.clearTimers();
    this.set({ entityId, anchor, pinned: true, focusActions: false });
  }

  /** Escape or a click elsewhere: close; focus that was in the card returns to its word. */
  close(returnFocus: boolean): void {
    this.clearTimers();
    const anchor = this.state?.anchor;
    if (!this.state) return;
    this.set(null);
    if (returnFocus && anchor) {
      this.quietFocus = anchor;
      anchor.focus();
      if (anchor.ownerDocument.activeElement !== anchor) this.quietFocus = null;
    }
  }

  /** Stops pending timers (on unmount). */
  dispose(): void {
    this.clearTimers();
  }
}
