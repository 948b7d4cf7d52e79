/**
 * Who is asking. Every lib/data function takes one and returns only what it may see.
 * `system` is the command line and scheduled jobs run by the administrator of the
 * installation; signed-in users come with the access issue.
 */
export type Viewer = { kind: 'system' };

export const SYSTEM_VIEWER: Viewer = { kind: 'system' };
