/** Puts the panel under its button, inside the viewport; narrow screens use a bottom sheet from CSS instead. */
function placeBelow(panel: HTMLElement, anchor: HTMLElement | null) {
  if (!anchor || window.matchMedia('(max-width: 30rem)').matches) {
    panel.style.removeProperty('top');
    panel.style.removeProperty('left');
    return;
  }
  const rect = anchor.getBoundingClientRect();
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
  panel.style.setProperty('left', `${left}px`);
  panel.style.setProperty('top', `${top}px`);
}

/** Shows an open popover's content: under its button, with its first button focused (an action, or Retry). */
export function presentPopover(popover: HTMLElement, anchor: HTMLElement | null) {
  placeBelow(popover, anchor);
  popover.querySelector<HTMLButtonElement>('button')?.focus();
}
