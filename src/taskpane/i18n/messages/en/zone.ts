/** The note that names the list's zone when a connected calendar keeps another (and the second zone's "Times in …"). */
export const zone = {
  // After "Times in Tokyo (GMT+9)": {name} is the calendar as the server names it ("Outlook Calendar").
  'zone.calendarIn': 'your {name} is in {city} time',
  'zone.together': '{times} · {calendar}',
} as const;
