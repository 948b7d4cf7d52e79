// The one "today" of the test suites. Every test that needs a business date gets this day
// through the product's clock (lib/clock), never the wall clock: vitest pins it in-process
// (tests/support/pin-test-day.ts), and the browser tests, crash test and soak pass it to the
// servers and command lines they start. The demo loaded on this day is the demo as written
// (lib/demo/calendar.ts: the anchor week), with "Uppföljning hösten 2026" open until
// 11 December 2026. `.ci/run` runs the suites again with the system clock moved 400 days
// ahead (faketime) to prove that nothing reads the wall clock for a business date.
import { addDays } from '@/lib/demo/dates';

export const TEST_DAY = '2026-11-23';

/** The environment that pins the clock of a process the tests start. */
export const TEST_DAY_ENV = { KOMPETENSKARTAN_TODAY: TEST_DAY } as const;

/** A day counted from the test day, as YYYY-MM-DD. */
export function testDay(offsetDays = 0): string {
  return addDays(TEST_DAY, offsetDays);
}
