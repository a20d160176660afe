/** The header's overflow menu (rarely used, so its own chunk with Fluent's Menu). */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { MoreHorizontalRegular, PlugDisconnectedRegular, SettingsRegular, SignOutRegular } from '@fluentui/react-icons';

export interface PaneMenuProps {
  onDisconnect?(): void;
  /** Admins only: opens /console.html. */
  onOpenConsole?(): void;
  onSignOut?(): void;
}

export default function PaneMenu({ onDisconnect, onOpenConsole, onSignOut }: PaneMenuProps) {
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<MoreHorizontalRegular />} aria-label="More options" data-testid="pane-menu" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {onDisconnect && (
            <MenuItem icon={<PlugDisconnectedRegular />} onClick={onDisconnect}>
              Disconnect Outlook Calendar
            </MenuItem>
          )}
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
