import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DeferredPaneMenu } from '../../../src/taskpane/components/DeferredPaneMenu';

function renderMenu() {
  const onSignOut = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <DeferredPaneMenu onSignOut={onSignOut} />
    </FluentProvider>,
  );
  return onSignOut;
}

describe('DeferredPaneMenu', () => {
  it('is a working button before its menu is loaded, and a click opens the menu once it is', async () => {
    const onSignOut = renderMenu();
    const button = screen.getByRole('button', { name: 'More options' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it('keeps keyboard focus on the button when focusing it loads the menu', async () => {
    renderMenu();
    act(() => screen.getByRole('button', { name: 'More options' }).focus());
    // The real trigger replaces the placeholder and takes its focus.
    await waitFor(() => expect(document.activeElement?.hasAttribute('data-deferred')).toBe(false));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('More options');
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
