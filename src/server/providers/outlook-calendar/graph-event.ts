/** The fields of a Graph v1.0 event that Upnext asks for, and nothing more. */
export const EVENT_FIELDS = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'isCancelled',
  'showAs',
  'responseStatus',
  'location',
  'locations',
  'organizer',
  'isOnlineMeeting',
  'onlineMeeting',
  'onlineMeetingProvider',
  'body',
  'webLink',
  'sensitivity',
  'seriesMasterId',
] as const;

export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

export interface GraphEvent {
  id: string;
  subject?: string | null;
  start: GraphDateTime;
  end: GraphDateTime;
  isAllDay?: boolean;
  isCancelled?: boolean;
  showAs?: string;
  responseStatus?: { response?: string } | null;
  location?: { displayName?: string | null; locationUri?: string | null } | null;
  locations?: Array<{ displayName?: string | null; locationUri?: string | null }> | null;
  organizer?: { emailAddress?: { name?: string | null; address?: string | null } } | null;
  isOnlineMeeting?: boolean;
  onlineMeeting?: { joinUrl?: string | null } | null;
  onlineMeetingProvider?: string | null;
  body?: { contentType?: string; content?: string } | null;
  webLink?: string | null;
  sensitivity?: string;
  /** An occurrence's series master; Upnext sends only a keyed hash of it (`Meeting.seriesKey`). */
  seriesMasterId?: string | null;
}
