/**
 * The user's choices over the files read: the reporting unit set for a file, the file chosen for a
 * unit that sent several, and what the list needs to stay still (the files that needed confirmation
 * stay at the top once confirmed; each file's unit as the file writes it, from before the user set
 * it, is what is remembered as an alias). Kept in refs, so a consolidation asked for right after a
 * change (the unit field loses focus as the run button is pressed) sees them.
 */
import { useRef } from 'react';
import type { SourceSummary } from '../../../core/consolidate/consolidate';
import type { ShownResult } from '../../worker/messages';

export function useUnitChoices() {
  const units = useRef<Record<string, string>>({});
  const prefer = useRef<Record<string, string>>({});
  /** Files that needed confirmation at some point. */
  const flagged = useRef(new Set<string>());
  /** The unit's name as each file writes it (the engine reports the user's choice once it is set). */
  const written = useRef(new Map<string, string | null>());

  return {
    /** The choices each consolidation is made with. */
    current: () => ({ units: units.current, prefer: prefer.current }),
    /** New files: no choice carries over. */
    reset() {
      units.current = {};
      prefer.current = {};
      flagged.current = new Set();
      written.current = new Map();
    },
    /** Notes what a consolidation shows: the files to confirm, and each file's unit as it writes it. */
    seen(result: ShownResult) {
      for (const source of result.sources) {
        if (source.confirm && !source.skipped) flagged.current.add(source.file);
        if (source.unitFrom !== 'user' && !written.current.has(source.file)) written.current.set(source.file, source.written);
      }
    },
    /** The files as listed: those that needed confirmation first, then the other files read, then the entries not read. */
    ordered(result: ShownResult | null): SourceSummary[] {
      if (!result) return [];
      return [
        ...result.sources.filter((s) => !s.skipped && flagged.current.has(s.file)),
        ...result.sources.filter((s) => !s.skipped && !flagged.current.has(s.file)),
        ...result.sources.filter((s) => s.skipped),
      ];
    },
    /** Sets `source`'s unit to `name` (confirming one of a unit's copies is choosing it); false when nothing changes. */
    setUnit(source: SourceSummary, name: string, confirm: boolean): boolean {
      if (units.current[source.file] === name && !confirm) return false;
      units.current = { ...units.current, [source.file]: name };
      if (confirm && source.sameUnit.length) prefer.current = { ...prefer.current, [name]: source.file };
      return true;
    },
    /** The unit's name as the file writes it, from before the user set it. */
    writtenName: (source: SourceSummary): string | null => written.current.get(source.file) ?? source.written,
    /** The user chose this file among its unit's several; false when its unit is not known. */
    useFile(source: SourceSummary): boolean {
      if (!source.unit) return false;
      prefer.current = { ...prefer.current, [source.unit]: source.file };
      return true;
    },
  };
}
