import type { Language } from '../core/findings';
import { type Catalogue, TEXT } from '../core/i18n';

/** The pane's words: its own (src/core/i18n/<lang>/pane.ts) and those it shares with the command line (common.ts). */
type PaneWords = Catalogue['common'] & Catalogue['pane'];

/** A word of the pane's that is a plain string, as the panels' `t` reads it. */
export type StringKey = { [K in keyof PaneWords]: PaneWords[K] extends string ? K : never }[keyof PaneWords];

/** The panels' `t` in a language. */
export function paneText(lang: Language): (key: StringKey) => string {
  const words: PaneWords = { ...TEXT[lang].common, ...TEXT[lang].pane };
  return (key) => words[key];
}
