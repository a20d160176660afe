import { teamsDarkTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import type { HostKind, HostTheme } from '../../../src/taskpane/host/types';
import { loadFluentTheme, useFluentTheme } from '../../../src/taskpane/theme/fluentTheme';

function Probe({ kind, theme }: { kind: HostKind; theme: HostTheme }) {
  return <output>{useFluentTheme(kind, theme).colorNeutralBackground1}</output>;
}

describe('useFluentTheme', () => {
  it("hands out the browser's light theme at once: it is in the first-paint bundle", () => {
    render(<Probe kind="browser" theme="light" />);
    expect(screen.getByRole('status').textContent).toBe(webLightTheme.colorNeutralBackground1);
  });

  it('keeps the colours it has until a theme not yet loaded arrives, then wears it', async () => {
    const { rerender } = render(<Probe kind="browser" theme="light" />);
    rerender(<Probe kind="browser" theme="dark" />);
    expect(screen.getByRole('status').textContent).toBe(webLightTheme.colorNeutralBackground1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(webDarkTheme.colorNeutralBackground1));
  });

  it('hands out a theme loaded before the first render at once (Teams wears its own)', async () => {
    await loadFluentTheme('teams', 'dark');
    render(<Probe kind="teams" theme="dark" />);
    expect(screen.getByRole('status').textContent).toBe(teamsDarkTheme.colorNeutralBackground1);
  });
});
