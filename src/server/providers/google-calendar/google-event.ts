/**
 * The fields of a Google Calendar event that Upnext maps, as the `fields` parameter asks for them
 * (partial response): nothing else travels.
 */
export const EVENTS_FIELDS =
  'nextPageToken,items(id,status,summary,description,location,htmlLink,start,end,transparency,visibility,' +
  'organizer(displayName,email,self),attendees(self,responseStatus),hangoutLink,eventType,recurringEventId,' +
  'conferenceData(conferenceId,conferenceSolution(key/type,name),entryPoints(entryPointType,uri,label,pin,regionCode,meetingCode,passcode,accessCode,password)))';

/** What a search asks for: the list's fields plus attendees' names and addresses and the series, for matching and the graph. */
export const SEARCH_FIELDS = EVENTS_FIELDS.replace('attendees(self,responseStatus)', 'attendees(self,responseStatus,email,displayName),iCalUID');

/** `date` for all-day events (the end exclusive), `dateTime` (RFC 3339 with offset) plus a zone otherwise. */
export interface GoogleEventTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

export type GoogleEntryPointType = 'video' | 'phone' | 'sip' | 'more';

export interface GoogleEntryPoint {
  entryPointType?: GoogleEntryPointType | string;
  uri?: string;
  label?: string;
  pin?: string;
  regionCode?: string;
  meetingCode?: string;
  passcode?: string;
  accessCode?: string;
  password?: string;
}

export interface GoogleEvent {
  id: string;
  status?: 'confirmed' | 'tentative' | 'cancelled' | string;
  summary?: string;
  description?: string;
  location?: string;
  htmlLink?: string;
  start?: GoogleEventTime;
  end?: GoogleEventTime;
  transparency?: 'opaque' | 'transparent' | string;
  visibility?: 'default' | 'public' | 'private' | 'confidential' | string;
  organizer?: { displayName?: string; email?: string; self?: boolean };
  /** `email` and `displayName` are asked for by a search only (SEARCH_FIELDS), never by the list. */
  attendees?: Array<{ self?: boolean; responseStatus?: 'needsAction' | 'declined' | 'tentative' | 'accepted' | string; email?: string; displayName?: string }>;
  /** The series an instance belongs to; the list sends only a keyed hash of it (`Meeting.seriesKey`). */
  recurringEventId?: string;
  iCalUID?: string;
  hangoutLink?: string;
  eventType?: string;
  conferenceData?: {
    conferenceId?: string;
    conferenceSolution?: { key?: { type?: string }; name?: string };
    entryPoints?: GoogleEntryPoint[];
  };
}
