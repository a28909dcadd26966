/**
 * The ways a task can change from one cut-off to the next (previous.ts compares; the layouts and
 * the report name them). A module of its own so the consolidation's layout can list them without
 * importing the comparison, which imports the layout.
 */
export const CHANGE_KINDS = ['newlyDone', 'newlyOverdue', 'stillOverdue', 'backwards'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
