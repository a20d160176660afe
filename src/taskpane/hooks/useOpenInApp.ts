import { useCallback, useEffect, useRef, useState } from 'react';

/** How long the app has to take over before the pane offers the web link instead. */
export const APP_TAKEOVER_MS = 3_000;

export interface AppFallback {
  /** The meeting's web link, to offer when the app did not open. */
  webUrl: string;
  service: string;
}

/**
 * "Open in app" with a way out: a scheme link (zoommtg:, msteams:) that no app answers does
 * nothing visible, so when the page is still visible and focused a few seconds later the pane
 * offers the meeting's web link. An app that takes over blurs or hides the page first.
 */
export function useOpenInApp(openApp: (url: string) => void, waitMs = APP_TAKEOVER_MS) {
  const [fallback, setFallback] = useState<AppFallback | undefined>(undefined);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; stop(): void } | undefined>(undefined);

  const cancel = useCallback(() => {
    pending.current?.stop();
    pending.current = undefined;
  }, []);

  const open = useCallback(
    (appUrl: string, offer: AppFallback | undefined) => {
      cancel();
      setFallback(undefined);
      openApp(appUrl);
      if (!offer) return;
      const tookOver = () => cancel();
      const onVisibility = () => document.visibilityState === 'hidden' && cancel();
      window.addEventListener('blur', tookOver);
      document.addEventListener('visibilitychange', onVisibility);
      const timer = setTimeout(() => {
        const stillHere = document.visibilityState === 'visible' && document.hasFocus();
        cancel();
        if (stillHere) setFallback(offer);
      }, waitMs);
      pending.current = {
        timer,
        stop() {
          clearTimeout(timer);
          window.removeEventListener('blur', tookOver);
          document.removeEventListener('visibilitychange', onVisibility);
        },
      };
    },
    [cancel, openApp, waitMs],
  );

  useEffect(() => cancel, [cancel]);

  return { open, fallback, dismiss: useCallback(() => setFallback(undefined), []) };
}
