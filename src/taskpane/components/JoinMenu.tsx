/**
 * The other ways into a meeting, behind the chevron next to Join. Its own chunk: Fluent's Menu
 * (positioning, focus management) weighs about as much as the rest of the pane, and nobody needs
 * it before the meetings are on screen.
 */
import { Button, Menu, MenuDivider, MenuGroup, MenuGroupHeader, MenuItem, MenuItemLink, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { CallRegular, ChevronDownRegular, CopyRegular, LinkRegular, OpenRegular, WindowNewRegular } from '@fluentui/react-icons';
import type { Meeting } from '../../shared/api';
import { dialInTelUrl } from '../../shared/joinlink';
import type { JoinLink } from '../../shared/joinlink/types';
import { useI18n } from '../i18n';
import type { HiddenKind } from '../model/hidden';
import { SkipItems } from './SkipItems';
import { MENU_POSITIONING, useMenuLayer } from './menuLayer';

const useStyles = makeStyles({
  value: { fontFamily: tokens.fontFamilyMonospace },
});

export interface JoinMenuProps {
  meeting: Meeting & { join: JoinLink };
  /** The trigger's look, to sit flush against the Join button. */
  triggerClassName?: string;
  primary: boolean;
  /** The trigger's accessible name ("More ways to join Daily standup, Tuesday 9:30 AM"). */
  label: string;
  onOpen(url: string): void;
  onOpenApp(url: string): void;
  onCopy(what: string, text: string): void;
  /** Open as soon as it mounts (the person clicked the placeholder before the chunk arrived). */
  defaultOpen?: boolean;
  /** Take focus on mount (the placeholder it replaces had it). */
  autoFocus?: boolean;
  /** Skip rules: with this, the menu offers to hide the event (or its series); a yes is asked for here. */
  onConfirmHide?(kind: HiddenKind): void;
}

export default function JoinMenu({ meeting, triggerClassName, primary, label, onOpen, onOpenApp, onCopy, defaultOpen, autoFocus, onConfirmHide }: JoinMenuProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { join } = meeting;
  const layer = useMenuLayer();
  const hasDetails = join.passcode !== undefined || join.meetingId !== undefined;
  return (
    // Inline: the popover stays inside the card, in the page's landmarks, so a screen reader's
    // regions still hold it (a portal at the end of <body> sits outside every landmark).
    <Menu positioning={MENU_POSITIONING} defaultOpen={defaultOpen} inline>
      <MenuTrigger disableButtonEnhancement>
        <Button
          // Only when this menu replaces its lazily loaded placeholder under the person's focus: focus stays where it was.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={autoFocus}
          className={triggerClassName}
          appearance={primary ? 'primary' : 'secondary'}
          size="small"
          icon={<ChevronDownRegular />}
          aria-label={label}
          data-testid="join-more"
        />
      </MenuTrigger>
      <MenuPopover className={layer.popover}>
        <MenuList>
          {join.appUrl !== undefined && (
            <MenuItem icon={<WindowNewRegular />} onClick={() => onOpenApp(join.appUrl!)}>
              {t('list.openInApp', { service: join.service.name })}
            </MenuItem>
          )}
          <MenuItem icon={<LinkRegular />} onClick={() => onCopy(t('list.link'), join.url)}>
            {t('list.copyLink')}
          </MenuItem>
          {hasDetails && <MenuDivider />}
          {join.meetingId !== undefined && (
            <MenuItem icon={<CopyRegular />} secondaryContent={<span className={styles.value}>{join.meetingId}</span>} onClick={() => onCopy(t('list.meetingId'), join.meetingId!)}>
              {t('list.copyMeetingId')}
            </MenuItem>
          )}
          {join.passcode !== undefined && (
            <MenuItem icon={<CopyRegular />} secondaryContent={<span className={styles.value}>{join.passcode}</span>} onClick={() => onCopy(t('list.passcode'), join.passcode!)}>
              {t('list.copyPasscode')}
            </MenuItem>
          )}
          {join.dialIn !== undefined && join.dialIn.length > 0 && (
            <>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>{t('list.dialIn')}</MenuGroupHeader>
                {join.dialIn.map((dial) => (
                  <MenuItemLink key={`${dial.number}|${dial.pin ?? ''}`} icon={<CallRegular />} href={dialInTelUrl(dial)} secondaryContent={dial.label}>
                    {dial.number}
                  </MenuItemLink>
                ))}
              </MenuGroup>
            </>
          )}
          {meeting.webLink !== undefined && (
            <>
              <MenuDivider />
              <MenuItem icon={<OpenRegular />} onClick={() => onOpen(meeting.webLink!)}>
                {t(meeting.provider === 'google-calendar' ? 'list.openInGoogle' : 'list.openInOutlook')}
              </MenuItem>
            </>
          )}
          {onConfirmHide && (
            <>
              <MenuDivider />
              <SkipItems meeting={meeting} onConfirm={onConfirmHide} />
            </>
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
