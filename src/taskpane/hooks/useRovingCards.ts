import { useCallback, useEffect, useRef, useState } from 'react';

const CARD = '[data-testid="meeting"]';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
/** Where a control's own tabindex is kept while its card is not the list's Tab stop. */
const SAVED = 'data-roving-tabindex';

/**
 * Roving focus over the meeting cards: the list is one Tab stop (the current card, then that card's
 * own buttons); Up/Down, Home/End move between cards. Done on the DOM so the cards stay
 * presentational and the lazily arriving join menus (new buttons) are caught by an observer.
 * Returns `attach`, the ref callback for the list's container (it mounts once meetings arrive) and `focusFirst`,
 * for the skip link: focuses the Next meeting (else the first timed one).
 */
export function useRovingCards(): { attach(element: HTMLElement | null): void; focusFirst(): boolean } {
  const [root, attach] = useState<HTMLElement | null>(null);
  const active = useRef<HTMLElement | undefined>(undefined);

  const apply = useCallback(() => {
    if (!root) return [];
    const cards = Array.from(root.querySelectorAll<HTMLElement>(CARD));
    if (!active.current || !cards.includes(active.current)) active.current = cards[0];
    for (const card of cards) {
      const current = card === active.current;
      if (card.getAttribute('tabindex') !== (current ? '0' : '-1')) card.tabIndex = current ? 0 : -1;
      for (const control of card.querySelectorAll<HTMLElement>(FOCUSABLE)) {
        if (current && control.hasAttribute(SAVED)) {
          const saved = control.getAttribute(SAVED)!;
          if (saved === '') control.removeAttribute('tabindex');
          else control.setAttribute('tabindex', saved);
          control.removeAttribute(SAVED);
        } else if (!current && !control.hasAttribute(SAVED)) {
          control.setAttribute(SAVED, control.getAttribute('tabindex') ?? '');
          control.tabIndex = -1;
        }
      }
    }
    return cards;
  }, [root]);

  const moveTo = useCallback(
    (card: HTMLElement | undefined) => {
      if (!card) return false;
      active.current = card;
      apply();
      card.focus();
      return true;
    },
    [apply],
  );

  useEffect(() => {
    if (!root) return;
    apply();
    // Cards come and go (refresh, showing declined ones, a join menu's chunk arriving): keep one Tab stop.
    const observer = new MutationObserver(() => apply());
    observer.observe(root, { childList: true, subtree: true });
    const onFocusIn = (event: FocusEvent) => {
      const card = (event.target as Element | null)?.closest<HTMLElement>(CARD);
      if (card && card !== active.current && root.contains(card)) {
        active.current = card;
        apply();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return;
      const target = event.target as Element;
      if (target.closest('input, textarea, select, [role="menu"], [role="listbox"]')) return;
      const card = target.closest<HTMLElement>(CARD);
      if (!card) return;
      const cards = apply();
      const at = cards.indexOf(card);
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: cards.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      moveTo(cards[Math.max(0, Math.min(cards.length - 1, to))]);
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [apply, root, moveTo]);

  // The skip link's target: the Next meeting (its group, or kept in its later day), else the first timed one.
  const focusFirst = useCallback(
    () => moveTo(root?.querySelector<HTMLElement>(`[data-group="next"] ${CARD}, ${CARD}[data-next-up]`) ?? root?.querySelector<HTMLElement>(`${CARD}:not([data-all-day])`) ?? undefined),
    [root, moveTo],
  );
  return { attach, focusFirst };
}
