import { useCallback, useRef, type RefObject } from 'react';

/**
 * Where focus goes when a dialog closes: back to what had it when the dialog opened (a card, after
 * `?`), or, when that has left the page (the menu item that opened it), to the menu button found
 * in `fallback`. Never to the page body, where a keyboard or screen-reader user loses their place.
 */
export function useFocusReturn(fallback: RefObject<HTMLElement | null>): { remember(): void; restore(): void } {
  const opener = useRef<Element | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement;
  }, []);
  const restore = useCallback(() => {
    const target = opener.current;
    opener.current = null;
    // Once the dialog and its focus trap have left the page.
    setTimeout(() => {
      const back = target instanceof HTMLElement && target.isConnected && target !== document.body && !target.closest('[role="menu"]') ? target : fallback.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]');
      back?.focus();
    }, 0);
  }, [fallback]);
  return { remember, restore };
}
