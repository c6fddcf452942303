// A stable number from an event id (FNV-1a, 32 bits): the same event gets the same ACLED
// event_id_cnty and UCDP id in every export, whatever the order of the rows.

export function eventNumber(eventId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < eventId.length; i++) {
    h ^= eventId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
