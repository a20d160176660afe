/** The header's overflow menu (rarely used, so its own chunk with Fluent's Menu). */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { MoreHorizontalRegular, PlugDisconnectedRegular, SettingsRegular, SignOutRegular } from '@fluentui/react-icons';

export interface PaneMenuProps {
  /** One "Disconnect <name>" item per connected provider. */
  disconnects?: Array<{ name: string; /** "connected as …" */ account?: string; onDisconnect(): void }>;
  /** Admins only: opens /console.html. */
  onOpenConsole?(): void;
  onSignOut?(): void;
  /** Open as soon as it mounts (the person clicked before the chunk arrived). */
  defaultOpen?: boolean;
  /** Take focus on mount (the placeholder it replaces had it). */
  autoFocus?: boolean;
}

export default function PaneMenu({ disconnects = [], onOpenConsole, onSignOut, defaultOpen, autoFocus }: PaneMenuProps) {
  return (
    <Menu positioning="below-end" defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        {/* autoFocus only when this menu replaces its lazily loaded placeholder under the person's focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="More options" data-testid="pane-menu" autoFocus={autoFocus} />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {disconnects.map((d) => (
            <MenuItem key={d.name} icon={<PlugDisconnectedRegular />} onClick={d.onDisconnect} {...(d.account && { title: `Connected as ${d.account}`, secondaryContent: d.account })}>
              Disconnect {d.name}
            </MenuItem>
          ))}
          {onOpenConsole && (
            <MenuItem icon={<SettingsRegular />} onClick={onOpenConsole}>
              Admin console
            </MenuItem>
          )}
          {onSignOut && (
            <MenuItem icon={<SignOutRegular />} onClick={onSignOut}>
              Sign out
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
