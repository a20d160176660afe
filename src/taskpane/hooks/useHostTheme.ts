import { useEffect, useState } from 'react';
import type { Host, HostTheme } from '../host/types';

export function useHostTheme(host: Host): HostTheme {
  const [theme, setTheme] = useState(host.theme);
  useEffect(() => {
    setTheme(host.theme);
    return host.onThemeChange(setTheme);
  }, [host]);
  return theme;
}
