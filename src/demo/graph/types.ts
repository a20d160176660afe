/** The Graph v1.0 `event` resource, as far as the demo fills it. */

export interface EmailAddress {
  name: string;
  address: string;
}

export interface GraphLocation {
  displayName: string;
  locationType: 'default' | 'conferenceRoom' | 'streetAddress';
  uniqueId?: string;
  uniqueIdType: 'unknown' | 'private' | 'directory';
  locationUri?: string;
}

export type GraphResponse = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface GraphDateTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface GraphEvent {
  '@odata.etag': string;
  id: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  changeKey: string;
  categories: string[];
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  iCalUId: string;
  reminderMinutesBeforeStart: number;
  isReminderOn: boolean;
  hasAttachments: boolean;
  subject: string;
  bodyPreview: string;
  importance: 'low' | 'normal' | 'high';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  isAllDay: boolean;
  isCancelled: boolean;
  isOrganizer: boolean;
  responseRequested: boolean;
  seriesMasterId: string | null;
  showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  type: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  webLink: string;
  onlineMeetingUrl: string | null;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'unknown' | 'teamsForBusiness' | 'skypeForBusiness' | 'skypeForConsumer';
  allowNewTimeProposals: boolean;
  occurrenceId: string | null;
  isDraft: boolean;
  hideAttendees: boolean;
  responseStatus: { response: GraphResponse; time: string };
  body: { contentType: 'html' | 'text'; content: string };
  start: GraphDateTimeZone;
  end: GraphDateTimeZone;
  location: GraphLocation;
  locations: GraphLocation[];
  recurrence: null;
  attendees: Array<{ type: 'required' | 'optional' | 'resource'; status: { response: GraphResponse; time: string }; emailAddress: EmailAddress }>;
  organizer: { emailAddress: EmailAddress };
  onlineMeeting: { joinUrl: string } | null;
}

/** An event with the instants it covers (all-day events: midnight to midnight in the mailbox's zone). */
export interface StoredEvent {
  startMs: number;
  endMs: number;
  event: GraphEvent;
}
