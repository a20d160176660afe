import { useEffect, useRef } from 'react';

/** Ctrl+Shift+J (Cmd+Shift+J on a Mac). `code` keeps it working on non-Latin keyboard layouts. */
export function isJoinShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.shiftKey && (event.ctrlKey || event.metaKey) && !event.altKey && (event.code === 'KeyJ' || event.key.toLowerCase() === 'j');
}

export function useJoinShortcut(onJoin: () => void): void {
  // The latest callback without re-binding the listener on every render.
  const latest = useRef(onJoin);
  useEffect(() => {
    latest.current = onJoin;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isJoinShortcut(event)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
