/**
 * The unit directory (danh mục đơn vị): canonical names and their aliases, so UNKNOWN_UNIT can
 * point at a name nobody will match and suggest the closest one.
 */
import { cellText, type Grid } from './grid';
import { editDistance, fold, remembered } from './text';
import { unitKey } from './units';

export interface DirectoryEntry {
  name: string;
  aliases: string[];
}

export interface UnitDirectory {
  /** Null when the unit is in the directory; otherwise the closest canonical name, if any is close. */
  check(name: string): { closest: string | null } | null;
}

export function buildUnitDirectory(entries: readonly DirectoryEntry[]): UnitDirectory {
  const byKey = new Map<string, string>();
  for (const { name, aliases } of entries) for (const alias of [name, ...aliases]) byKey.set(unitKey(alias), name);
  const names = [...byKey];
  const closestTo = remembered((key) => {
    // Close enough to be a typo or an abbreviation left over: a third of the name may differ.
    const limit = Math.max(2, Math.floor(key.length / 3));
    let best: { distance: number; name: string } | null = null;
    for (const [candidate, name] of names) {
      const distance = editDistance(key, candidate, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { distance, name };
    }
    return { closest: best?.name ?? null };
  });
  return {
    check(name) {
      const key = unitKey(name);
      return byKey.has(key) ? null : closestTo(key);
    },
  };
}

/**
 * Reads a directory sheet: a header row naming the unit column ("Tên đơn vị", "Đơn vị") and, if
 * present, an alias column ("Tên gọi khác", "Viết tắt"), aliases separated by ";". Without such a
 * header the first column holds names and the second aliases.
 */
export function directoryFromGrid(grid: Grid): DirectoryEntry[] {
  const headerRow = grid.rows.findIndex((row) => row.some((cell) => /^(?:ten )?don vi$/.test(fold(cellText(cell)).trim())));
  const header = grid.rows[headerRow] ?? []; // none when no row is a header (-1)
  const nameCol = Math.max(
    0,
    header.findIndex((cell) => /^(?:ten )?don vi$/.test(fold(cellText(cell)).trim())),
  );
  const aliasFound = header.findIndex((cell) => /ten goi khac|ten khac|viet tat|bi danh/.test(fold(cellText(cell))));
  const aliasCol = aliasFound >= 0 ? aliasFound : nameCol + 1;
  return grid.rows.slice(headerRow + 1).flatMap((row) => {
    const name = cellText(row[nameCol]).trim();
    if (!name) return [];
    const aliases = cellText(row[aliasCol])
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean);
    return [{ name, aliases }];
  });
}
