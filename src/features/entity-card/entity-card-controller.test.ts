import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityCardController, hoverCloseGrace, hoverOpenDelay } from './entity-card-controller.ts';

/** A stand-in for a mention element: the controller only compares it and focuses it. */
function fakeAnchor(): HTMLElement {
  const doc = { activeElement: null as unknown };
  const el = {
    ownerDocument: doc,
    focus() {
      doc.activeElement = el;
    },
  };
  return el as unknown as HTMLElement;
}

describe('EntityCardController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens on hover only after the delay, and a passing pointer opens nothing', () => {
    const cards = new EntityCardController();
    const word = fakeAnchor();
    cards.hoverStart('kz', word);
    vi.advanceTimersByTime(hoverOpenDelay - 1);
    expect(cards.state).toBeNull();
    cards.hoverEnd();
    vi.advanceTimersByTime(hoverOpenDelay * 2);
    expect(cards.state).toBeNull();

    cards.hoverStart('kz', word);
    vi.advanceTimersByTime(hoverOpenDelay);
    expect(cards.state).toMatchObject({ entityId: 'kz', anchor: word, pinned: false });
  });

  it('keeps the card through the grace period when the pointer moves onto it', () => {
    const cards = new EntityCardController();
    const word = fakeAnchor();
    cards.hoverStart('kz', word);
    vi.advanceTimersByTime(hoverOpenDelay);
    cards.hoverEnd();
    vi.advanceTimersByTime(hoverCloseGrace - 50);
    cards.hoverCard();
    vi.advanceTimersByTime(hoverCloseGrace * 2);
    expect(cards.state?.entityId).toBe('kz');
    cards.hoverEnd();
    vi.advanceTimersByTime(hoverCloseGrace);
    expect(cards.state).toBeNull();
  });

  it('keeps a pinned card open when the pointer leaves, and a second click closes it', () => {
    const cards = new EntityCardController();
    const word = fakeAnchor();
    cards.activate('kz', word, false);
    cards.hoverEnd();
    vi.advanceTimersByTime(hoverCloseGrace * 2);
    expect(cards.state).toMatchObject({ pinned: true, focusActions: false });
    cards.activate('kz', word, false);
    expect(cards.state).toBeNull();
  });

  it('moves focus into the actions from the keyboard, and Escape gives focus back quietly', () => {
    const cards = new EntityCardController();
    const word = fakeAnchor();
    cards.focus('kz', word);
    cards.activate('kz', word, true);
    expect(cards.state).toMatchObject({ pinned: true, focusActions: true });
    cards.close(true);
    expect(cards.state).toBeNull();
    expect(word.ownerDocument.activeElement).toBe(word);
    cards.focus('kz', word);
    expect(cards.state).toBeNull();
  });

  it('"next" moves the card to the next word and keeps it open when the pointer is left behind', () => {
    const cards = new EntityCardController();
    const [first, second] = [fakeAnchor(), fakeAnchor()];
    cards.activate('kz', first, false);
    cards.follow('kz', second);
    // Focusing the next word (as the action does) must not reopen the card unpinned.
    cards.focus('kz', second);
    cards.hoverEnd();
    vi.advanceTimersByTime(hoverCloseGrace * 2);
    expect(cards.state).toMatchObject({ entityId: 'kz', anchor: second, pinned: true });
  });

  it('closes when focus leaves for somewhere other than the card', () => {
    const cards = new EntityCardController();
    const word = fakeAnchor();
    const card = { contains: (node: unknown) => node === inside } as unknown as Element;
    const inside = {} as Element;
    cards.focus('kz', word);
    cards.blur(inside, card);
    expect(cards.state?.entityId).toBe('kz');
    cards.blur(null, card);
    expect(cards.state).toBeNull();
  });
});
