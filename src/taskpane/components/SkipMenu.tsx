/**
 * The "…" menu of a card without Join: hide the event once or for its series. Its own chunk
 * (Fluent's Menu), fetched when someone means to use it, like the join menu.
 */
import { Button, Menu, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { Meeting } from '../../shared/api';
import type { HiddenKind } from '../model/hidden';
import { MoreMark } from './Marks';
import { SkipItems } from './SkipItems';
import { MENU_POSITIONING, useMenuLayer } from './menuLayer';

export interface SkipMenuProps {
  meeting: Meeting;
  label: string;
  onConfirmHide(kind: HiddenKind): void;
  defaultOpen?: boolean;
  autoFocus?: boolean;
}

export default function SkipMenu({ meeting, label, onConfirmHide, defaultOpen, autoFocus }: SkipMenuProps) {
  const layer = useMenuLayer();
  return (
    <Menu positioning={MENU_POSITIONING} defaultOpen={defaultOpen} inline>
      <MenuTrigger disableButtonEnhancement>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- only when it replaces its focused placeholder */}
        <Button autoFocus={autoFocus} appearance="subtle" size="small" icon={<MoreMark />} aria-label={label} data-testid="skip-more" />
      </MenuTrigger>
      <MenuPopover className={layer.popover}>
        <MenuList>
          <SkipItems meeting={meeting} onConfirm={onConfirmHide} />
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
