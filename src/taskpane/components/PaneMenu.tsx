/** The header's overflow menu (rarely used, so its own chunk with Fluent's Menu). */
import { Button, Menu, MenuDivider, MenuItem, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { PlugDisconnectedRegular, SettingsRegular, SignOutRegular } from '@fluentui/react-icons';
import { MoreMark } from './Marks';
import { useI18n } from '../i18n';
import { MENU_POSITIONING, useMenuLayer } from './menuLayer';

export interface PaneMenuProps {
  /** One "Disconnect <name>" item per connected provider. */
  disconnects?: Array<{ name: string; /** "connected as …" */ account?: string; onDisconnect(): void }>;
  /** Admins only: opens /console.html. */
  onOpenConsole?(): void;
  onSignOut?(): void;
  /** "Show declined and cancelled (n)": a checkable item, there only when the list hides some. */
  showHidden?: { checked: boolean; count: number; onChange(checked: boolean): void };
  /** Opens the keyboard shortcuts dialog. */
  onShowShortcuts?(): void;
  /** Opens the settings panel. */
  onOpenSettings?(): void;
  /** Open as soon as it mounts (the person clicked before the chunk arrived). */
  defaultOpen?: boolean;
  /** Take focus on mount (the placeholder it replaces had it). */
  autoFocus?: boolean;
}

const VIEW = 'view';

/** A keyboard, drawn here rather than pulled from an icon package. */
const keyboardIcon = (
  <svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1" aria-hidden="true">
    <rect x="2.5" y="5.5" width="15" height="9" rx="1.5" />
    <path d="M5 8.5h1M8 8.5h1M11 8.5h1M14 8.5h1M6.5 11.5h7" strokeLinecap="round" />
  </svg>
);
/** Sliders, for the pane's own settings (the gear is the admin console's). */
const slidersIcon = (
  <svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1" strokeLinecap="round" aria-hidden="true">
    <path d="M3.5 6h13M3.5 14h13" />
    <circle cx="7" cy="6" r="1.75" fill="currentColor" />
    <circle cx="13" cy="14" r="1.75" fill="currentColor" />
  </svg>
);
const HIDDEN = 'hidden';

export default function PaneMenu({ disconnects = [], onOpenConsole, onSignOut, showHidden, onShowShortcuts, onOpenSettings, defaultOpen, autoFocus }: PaneMenuProps) {
  const { t } = useI18n();
  const layer = useMenuLayer();
  const view = showHidden || onShowShortcuts || onOpenSettings;
  const account = disconnects.length > 0 || onOpenConsole || onSignOut;
  return (
    // Inline, like the cards' menus: the popover stays inside the header's landmark.
    <Menu
      positioning={MENU_POSITIONING}
      inline
      defaultOpen={defaultOpen}
      checkedValues={{ [VIEW]: showHidden?.checked ? [HIDDEN] : [] }}
      onCheckedValueChange={(_, data) => data.name === VIEW && showHidden?.onChange(data.checkedItems.includes(HIDDEN))}
    >
      <MenuTrigger disableButtonEnhancement>
        {/* autoFocus only when this menu replaces its lazily loaded placeholder under the person's focus. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        <Button appearance="subtle" icon={<MoreMark />} aria-label={t('keys.moreOptions')} data-testid="pane-menu" autoFocus={autoFocus} />
      </MenuTrigger>
      <MenuPopover className={layer.popover}>
        <MenuList>
          {showHidden && (
            <MenuItemCheckbox name={VIEW} value={HIDDEN} data-testid="show-hidden">
              {t('keys.showHidden', { count: showHidden.count })}
            </MenuItemCheckbox>
          )}
          {onShowShortcuts && (
            <MenuItem icon={keyboardIcon} onClick={onShowShortcuts} secondaryContent="?">
              {t('keys.shortcutsMenu')}
            </MenuItem>
          )}
          {onOpenSettings && (
            <MenuItem icon={slidersIcon} onClick={onOpenSettings} data-testid="open-settings">
              {t('settings.menu')}
            </MenuItem>
          )}
          {view && account && <MenuDivider />}
          {disconnects.map((d) => (
            <MenuItem key={d.name} icon={<PlugDisconnectedRegular />} onClick={d.onDisconnect} {...(d.account && { title: t('keys.connectedAs', { account: d.account }), secondaryContent: d.account })}>
              {t('keys.disconnect', { name: d.name })}
            </MenuItem>
          ))}
          {onOpenConsole && (
            <MenuItem icon={<SettingsRegular />} onClick={onOpenConsole}>
              {t('keys.adminConsole')}
            </MenuItem>
          )}
          {onSignOut && (
            <MenuItem icon={<SignOutRegular />} onClick={onSignOut}>
              {t('keys.signOut')}
            </MenuItem>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
