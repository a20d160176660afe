import { useEffect, useRef } from 'react';

/** What a single key does while the pane has focus and no text field does. */
export type PaneKeyAction = 'join' | 'search' | 'shortcuts';

/** Where a letter is typing (or a menu's type-ahead), not a command. */
const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="menu"], [role="listbox"], [role="dialog"]';

/**
 * `J` joins the next meeting, `/` focuses search, `?` lists the shortcuts. Single keys because the
 * hosts keep many Ctrl+Shift combinations for themselves (Chrome and Edge open DevTools on
 * Ctrl+Shift+J). `code` keeps `J` working on non-Latin layouts.
 */
export function paneKeyAction(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'isComposing' | 'defaultPrevented'>): PaneKeyAction | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented) return undefined;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TYPING)) return undefined;
  if (event.key === '?') return 'shortcuts';
  if (event.key === '/' && !event.shiftKey) return 'search';
  if (!event.shiftKey && (event.key.toLowerCase() === 'j' || event.code === 'KeyJ')) return 'join';
  return undefined;
}

export function usePaneKeys(onAction: (action: PaneKeyAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = paneKeyAction(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
