import { Button } from '@fluentui/react-components';
import { lazy } from 'react';
import { useI18n } from '../i18n';
import { MoreMark } from './Marks';
import { OnIntent } from './OnIntent';
import type { PaneMenuProps } from './PaneMenu';

// Fluent's Menu is as heavy as the rest of the pane; the overflow menu is rarely used.
const PaneMenu = lazy(() => import(/* webpackChunkName: "pane-menu" */ './PaneMenu'));

/** The header's "More options" button; its menu is fetched on intent (see OnIntent). */
export function DeferredPaneMenu(props: PaneMenuProps) {
  const { t } = useI18n();
  return (
    <OnIntent
      placeholder={(handlers) => (
        <Button appearance="subtle" icon={<MoreMark />} aria-label={t('keys.moreOptions')} aria-haspopup="menu" data-testid="pane-menu" {...handlers} />
      )}
      render={(state) => <PaneMenu {...props} {...state} />}
    />
  );
}
