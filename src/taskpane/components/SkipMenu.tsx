/**
 * The "…" menu of a card without Join: hide the event once or for its series. Its own chunk
 * (Fluent's Menu), fetched when someone means to use it, like the join menu.
 */
import { Button, Menu, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import type { HiddenRules } from '../model/hidden';
import { MoreMark } from './Marks';
import { SkipItems } from './SkipItems';

export interface SkipMenuProps {
  label: string;
  series: boolean;
  onHide(kind: keyof HiddenRules): void;
  defaultOpen?: boolean;
  autoFocus?: boolean;
}

export default function SkipMenu({ label, series, onHide, defaultOpen, autoFocus }: SkipMenuProps) {
  return (
    <Menu positioning="below-end" defaultOpen={defaultOpen} inline>
      <MenuTrigger disableButtonEnhancement>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- only when it replaces its focused placeholder */}
        <Button autoFocus={autoFocus} appearance="subtle" size="small" icon={<MoreMark />} aria-label={label} data-testid="skip-more" />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <SkipItems series={series} onHide={onHide} />
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
