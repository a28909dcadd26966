/**
 * Every word phuluc shows people, one catalogue per language: src/core/i18n/vi/ holds the
 * Vietnamese (the default), src/core/i18n/en/ the English (when Office or --lang speaks English).
 * Each language is one object of the same shape (`Catalogue`, the Vietnamese one's type), so a
 * text missing or misspelt in one language does not compile. The command line, the pane and the
 * files they write all read it here, so they name things the same way.
 *
 * Text not chosen by language stays beside the code that needs it: a deadline family's `form`,
 * the Vietnamese headers templates carry and phuluc reads back, and the others docs/architecture.md
 * lists ("One catalogue per language").
 */
import type { Language } from '../findings';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { vi } from './vi';

export type { Catalogue } from './catalogue';

export const TEXT: Record<Language, Catalogue> = { vi, en };

export { formatNumber, formatPercent } from './numbers';
