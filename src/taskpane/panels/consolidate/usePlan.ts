/**
 * The plan the units' files are consolidated into, named before any file is read: read from the
 * active sheet (or the sheet a summary or consolidation was read from), and asked for, with the
 * workbook's sheets to choose from, when that sheet holds none. Only the latest lookup counts: a
 * slower one started earlier never overwrites it.
 */
import { type MutableRefObject, useRef, useState } from 'react';
import type { Grid } from '../../../core/grid';
import type { AppendixTable } from '../../../core/table';
import type { Host } from '../../../office/host';
import { type SheetName, sheetNames } from '../../../office/sheetNames';
import type { PaneSettings } from '../../../office/workbookState';
import { sourceSheet } from '../../../office/writeOwnSheets';
import { recogniseSheet } from '../../sheet/activeSheet';

/** The plan: the sheet (id) it is read from, its name, its cells, its tables. */
export interface Plan {
  source: string;
  name: string;
  grid: Grid;
  tables: AppendixTable[];
}

/** Where the lookup stands: reading, a plan found, no plan on the sheet, or the sheet could not be read. */
export type PlanLook = 'reading' | 'found' | 'none' | 'failed';

/** What the panel shows of the lookup (PlanChooser). */
export interface PlanLookup {
  look: PlanLook;
  plan: Plan | null;
  /** The sheet found with no plan on it, and whether the user chose it. */
  noPlan: { sheet: string; chosen: boolean } | null;
  error: string;
  /** The workbook's sheets, when the user is to choose the plan's. */
  sheets: SheetName[] | null;
}

export function usePlan(host: Host, settingsNow: MutableRefObject<PaneSettings>) {
  const [plan, setPlanState] = useState<Plan | null>(null);
  /** The plan as it is now, for work started before the last render. */
  const planNow = useRef<Plan | null>(null);
  const setPlan = (next: Plan | null) => {
    planNow.current = next;
    setPlanState(next);
  };
  const [look, setLook] = useState<PlanLook>('reading');
  const [noPlan, setNoPlan] = useState<PlanLookup['noPlan']>(null);
  const [error, setError] = useState('');
  const [sheets, setSheets] = useState<SheetName[] | null>(null);
  /** The user chose the plan's sheet: it is kept whatever sheet is active later. */
  const chosen = useRef(false);
  const lookups = useRef(0);

  /** Reads the plan from `key` (the active sheet, or the sheet a summary or consolidation was read from, when none). */
  const find = async (key?: string): Promise<Plan | null> => {
    const lookup = ++lookups.current;
    setLook('reading');
    try {
      const source = key ?? (await host.run((context) => sourceSheet(context)));
      const { grid, tables } = await recogniseSheet(host, settingsNow.current, source);
      if (lookup !== lookups.current) return planNow.current;
      if (tables.length) {
        const found = { source, name: grid.name, grid, tables };
        setPlan(found);
        setNoPlan(null);
        setSheets(null);
        setLook('found');
        return found;
      }
      setPlan(null);
      setNoPlan({ sheet: grid.name, chosen: key !== undefined });
      setLook('none');
      const names = await host.run((context) => sheetNames(context));
      if (lookup === lookups.current) setSheets(names);
      return null;
    } catch (caught) {
      if (lookup === lookups.current) {
        setLook('failed');
        setError(caught instanceof Error ? caught.message : String(caught));
      }
      return null;
    }
  };

  /** The user's choice of the plan's sheet, kept from now on. */
  const choose = (id: string): Promise<Plan | null> => {
    chosen.current = true;
    return find(id);
  };
  const showSheets = async () => setSheets(await host.run((context) => sheetNames(context)));

  const lookup: PlanLookup = { look, plan, noPlan, error, sheets };
  return { plan, planNow, setPlan, lookup, chosen, find, choose, showSheets };
}
