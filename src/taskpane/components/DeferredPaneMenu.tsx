import { Button } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import type { PaneMenuProps } from './PaneMenu';

// Fluent's Menu is as heavy as the rest of the pane; the overflow menu is rarely used.
const PaneMenu = lazy(() => import('./PaneMenu'));

/**
 * The header's "More options" button, whose menu is fetched only when someone means to use it:
 * pointing at it or focusing it starts the load, a click opens the menu once it is there. So the
 * first meetings never wait on (or share the network with) the menu's chunk.
 */
export function DeferredPaneMenu(props: PaneMenuProps) {
  const [wanted, setWanted] = useState<'no' | 'load' | 'open'>('no');
  const [focused, setFocused] = useState(false);
  const intend = () => setWanted((w) => (w === 'no' ? 'load' : w));
  const placeholder = (
    <Button
      appearance="subtle"
      icon={<MoreHorizontalRegular />}
      aria-label="More options"
      aria-haspopup="menu"
      data-testid="pane-menu"
      data-deferred=""
      onPointerEnter={intend}
      onFocus={() => {
        setFocused(true);
        intend();
      }}
      onBlur={() => setFocused(false)}
      onClick={() => setWanted('open')}
    />
  );
  if (wanted === 'no') return placeholder;
  return (
    <Suspense fallback={placeholder}>
      {/* The real trigger takes the placeholder's focus, so a keyboard user stays where they were. */}
      <PaneMenu {...props} defaultOpen={wanted === 'open'} autoFocus={focused} />
    </Suspense>
  );
}
