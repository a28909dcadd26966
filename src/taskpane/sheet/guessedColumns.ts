/** How the pane names a column role it read from the cells rather than the header: "Tình hình thực hiện (đoán từ nội dung cột F)". */
import type { Language } from '../../core/findings';
import { columnLetter } from '../../core/grid';
import { TEXT } from '../../core/i18n';
import type { Role } from '../../core/roles';
import type { AppendixTable } from '../../core/table';

export function guessedRole(role: Role, col: number, lang: Language): string {
  return `${TEXT[lang].roles[role]} (${TEXT[lang].pane.guessed} ${columnLetter(col)})`;
}

/** Every guessed role of the tables, each as guessedRole words, with its sheet when there are several tables. */
export function guessedColumns(tables: readonly AppendixTable[], lang: Language): string[] {
  return tables.flatMap((table) =>
    (table.guessed ?? []).flatMap((role) => {
      const col = table.columns[role];
      if (col === undefined) return [];
      return [`${guessedRole(role, col, lang)}${tables.length > 1 ? ` · ${table.sheet}` : ''}`];
    }),
  );
}
