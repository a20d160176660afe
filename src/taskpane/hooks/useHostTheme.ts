import { startTransition, useEffect, useState } from 'react';
import type { Host, HostTheme } from '../host/types';

/** The host's theme, followed as it changes; a change is a transition (its Fluent theme may still be loading). */
export function useHostTheme(host: Host): HostTheme {
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChange((next) => startTransition(() => setTheme(next)));
  }, [host]);
  return theme;
}
