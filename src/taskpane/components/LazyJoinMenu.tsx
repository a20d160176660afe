/**
 * The chevron next to Join. Fluent's Menu is as heavy as the rest of the pane, so the menu comes in
 * its own chunk after the meetings are on screen. Until it arrives the chevron is a real, focusable
 * button with the same name: a keyboard user who reaches it keeps focus when the menu's own trigger
 * replaces it, and Enter, Space or ArrowDown pressed meanwhile opens the menu as soon as it is there.
 */
import { Button } from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { JoinMenuIntent, JoinMenuProps } from './JoinMenu';

const JoinMenu = lazy(() => import(/* webpackChunkName: "join-menu" */ './JoinMenu'));

export function LazyJoinMenu(props: Omit<JoinMenuProps, 'intent'>) {
  const [intent, setIntent] = useState<JoinMenuIntent>('none');
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setIntent('open');
    }
  };
  const standIn = (
    <Button
      className={props.triggerClassName}
      appearance={props.primary ? 'primary' : 'secondary'}
      size="small"
      icon={<ChevronDownRegular />}
      aria-label={`More ways to join ${props.meeting.title}`}
      aria-haspopup="menu"
      aria-expanded={false}
      onFocus={() => setIntent((now) => (now === 'open' ? now : 'focus'))}
      onBlur={() => setIntent((now) => (now === 'focus' ? 'none' : now))}
      onClick={() => setIntent('open')}
      onKeyDown={onKeyDown}
    />
  );
  return (
    <Suspense fallback={standIn}>
      <JoinMenu {...props} intent={intent} />
    </Suspense>
  );
}
