/** Which language the command line speaks; a module of its own so `phuluc --help` needs nothing heavier. */
import type { Language } from '../core/findings';

/** The language asked for anywhere on the line ("--lang en", "--lang=EN"); Vietnamese otherwise, or when the value is not one. */
export function languageOf(argv: readonly string[]): Language {
  for (const [i, arg] of argv.entries()) {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value?.trim().toLowerCase() === 'en') return 'en';
  }
  return 'vi';
}
