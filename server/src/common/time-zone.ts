/** Whether `name` is an IANA time zone this runtime knows (Europe/Paris, UTC). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Formatters by time zone: making one costs far more than formatting with it (a receipt per payment). */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the business's customers read it: "Friday, March 6, 2026 at 2:30 PM EST". */
export function formatDateTime(at: Date, timeZone: string): string {
  let format = dateTimeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** A day in the business's time zone: "March 6, 2026". */
export function formatDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'long', day: 'numeric' }).format(at);
}
