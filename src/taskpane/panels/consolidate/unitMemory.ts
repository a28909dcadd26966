/**
 * The units a report can be from, and what the pane remembers when the user sets or confirms a
 * file's unit: the name the file wrote (its letterhead or label), as an alias of that unit in the
 * workbook's unit directory, so next month's file from the same unit is recognised without asking.
 * A file name is never remembered: "Bao cao tien do 06.xlsx" may come from any unit next month.
 */
import { unitCatalogue } from '../../../core/consolidate/reportingUnit';
import type { AppendixTable } from '../../../core/table';
import { squish } from '../../../core/text';
import type { DirectoryEntry } from '../../../core/unitDirectory';
import { type Unit, unitKey } from '../../../core/units';

/** The plan's named units, lead and support (no collectives such as "Các sở, ban, ngành"), one per key. */
export function planUnits(tables: readonly AppendixTable[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const unit of tables.flatMap((table) => table.tasks.flatMap((task) => [...task.lead, ...task.support]))) {
    if (!unit.collective && !units.has(unit.key)) units.set(unit.key, unit);
  }
  return [...units.values()];
}

/** The names the user can choose a file's unit from: the plan's units and the directory's, alphabetically. */
export function unitChoices(tables: readonly AppendixTable[], directory: readonly DirectoryEntry[]): string[] {
  const names = new Map<string, string>();
  for (const name of [...planUnits(tables).map((u) => u.name), ...directory.map((e) => e.name)]) if (!names.has(unitKey(name))) names.set(unitKey(name), name);
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** A change to the directory: the unit in the plan's spelling, and the alias added to it (null when only the unit was added). */
export interface Remembered {
  directory: DirectoryEntry[];
  unit: string;
  alias: string | null;
}

/**
 * The directory with `alias` remembered as a name of `unit`, or null when there is nothing new to
 * remember: the alias already leads to that unit, or it names another of the plan's units (a
 * letterhead of Công an on a file the user gives to Sở Tư pháp must not send Công an's files to Sở
 * Tư pháp next month). A unit that is neither the plan's nor in the directory gets an entry of its
 * own, so it is known from then on. An alias the directory gave another unit before moves to this
 * one: the user's latest word wins.
 */
export function rememberUnit(
  directory: readonly DirectoryEntry[],
  tables: readonly AppendixTable[],
  unit: string,
  /** The unit's name as the file writes it (SourceSummary.written). */
  alias: string | null,
): Remembered | null {
  const catalogue = unitCatalogue(
    planUnits(tables),
    directory,
    tables.map((t) => t.title),
  );
  const target = catalogue.canonical(unit);
  const key = unitKey(target);
  const entryOf = (entry: DirectoryEntry) => unitKey(catalogue.canonical(entry.name)) === key || unitKey(entry.name) === key;

  let remembered = alias === null ? null : squish(alias);
  if (remembered) {
    const named = catalogue.named(remembered);
    if (named && unitKey(named.unit) !== key && !named.alias) return null; // another unit's own name
    if ((named && unitKey(named.unit) === key) || unitKey(remembered) === key) remembered = null; // already leads to this unit
  }
  const known = catalogue.isKnown(target) || directory.some(entryOf);
  if (!remembered && known) return null;

  const aliasKey = remembered ? unitKey(remembered) : null;
  const next = directory.map((entry) => (entryOf(entry) ? entry : { ...entry, aliases: entry.aliases.filter((a) => unitKey(a) !== aliasKey) }));
  const own = next.findIndex(entryOf);
  const entry = next[own];
  const added = { unit: target, alias: remembered };
  if (!entry) return { directory: [...next, { name: target, aliases: remembered ? [remembered] : [] }], ...added };
  if (remembered && !entry.aliases.some((a) => unitKey(a) === aliasKey)) next[own] = { ...entry, aliases: [...entry.aliases, remembered] };
  return { directory: next, ...added };
}
