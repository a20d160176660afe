import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ApiClient } from '../../src/taskpane/api/client';
import { MeetingsPane } from '../../src/taskpane/components/MeetingsPane';
import type { DisplayOptions } from '../../src/taskpane/model/display';
import { fakeHost, type FakeHost } from './fakes';

/** The meetings pane in the light theme over `api`, for the component tests; returns its host. */
export function renderMeetingsPane(api: ApiClient, display: DisplayOptions, host: FakeHost = fakeHost()): FakeHost {
  render(
    <FluentProvider theme={webLightTheme}>
      <MeetingsPane host={host} api={api} display={display} />
    </FluentProvider>,
  );
  return host;
}
