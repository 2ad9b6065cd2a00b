/**
 * How newsroom wall-clock times are written on the wire. Kept apart from zoned-time.ts so
 * the contract (and with it the preload) does not pull in the time-zone library.
 */
/** `YYYY-MM-DDTHH:mm`: a wall-clock minute without a zone. */
export const LOCAL_MINUTE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
/** `YYYY-MM-DD`: a newsroom calendar day. */
export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
