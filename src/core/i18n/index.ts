/**
 * Every word phuluc shows people, one catalogue per language: src/core/i18n/vi/ holds the
 * Vietnamese (the default), src/core/i18n/en/ the English (when Office or --lang speaks English).
 * Each language is one object of the same shape (`Catalogue`, the Vietnamese one's type), so a
 * text missing or misspelt in one language does not compile. The command line, the pane and the
 * files they write all read it here, so they name things the same way.
 *
 * Two exceptions: a deadline family's description stays in the family's own file
 * (src/core/deadline/parsers/) beside the parser it describes, and src/taskpane/static/old-office.js
 * (plain ES5 that runs where the bundle cannot) holds its own two sentences.
 */
import type { Language } from '../findings';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { vi } from './vi';

export type { Catalogue } from './catalogue';

export const TEXT: Record<Language, Catalogue> = { vi, en };

export { formatNumber, formatPercent } from './numbers';
