import { Button } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { OnIntent } from './OnIntent';
import type { PaneMenuProps } from './PaneMenu';

// Fluent's Menu is as heavy as the rest of the pane; the overflow menu is rarely used.
const PaneMenu = lazy(() => import('./PaneMenu'));

/** The header's "More options" button; its menu is fetched on intent (see OnIntent). */
export function DeferredPaneMenu(props: PaneMenuProps) {
  return (
    <OnIntent
      placeholder={(handlers) => (
        <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="More options" aria-haspopup="menu" data-testid="pane-menu" {...handlers} />
      )}
      render={(state) => <PaneMenu {...props} {...state} />}
    />
  );
}
