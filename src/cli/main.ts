/** The `phuluc` command line. Every failure ends in a one-line message and an exit code, never a stack trace. */
import { availableParallelism } from 'node:os';
import { ReaderPool } from '../io/readerPool';
import { USAGE } from './messages';
import { EXIT, type Output } from './output';

/** Option names as typed, for messages about zod's fields. */
const OPTION_NAMES: Record<string, string> = {
  files: '<file>',
  sheet: '--sheet',
  asOf: '--as-of',
  planYear: '--plan-year',
  lang: '--lang',
  units: '--units',
  columns: '--columns',
  output: '-o',
  only: '--only',
  master: '--master',
  unit: '--unit',
};

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(`${text}\n`),
};

function usageLanguage(argv: readonly string[]): 'vi' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'vi';
}

/** Commands that read workbooks: they read them in child processes (see ReaderPool). */
const READERS = new Set(['check', 'fix', 'summarize', 'consolidate', 'import']);

export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  const lang = usageLanguage(argv);
  // The readers start before anything else loads, so their start-up overlaps the command line's own.
  const pool = READERS.has(command ?? '') ? new ReaderPool(availableParallelism()) : null;
  try {
    // Each command loads only its own modules (options and zod included), after the readers are started.
    const options = await import('./options');
    switch (command) {
      case 'check':
        return await (await import('./check')).runCheck(options.parseCheckOptions(rest), io, pool!);
      case 'fix':
        return await (await import('./fix')).runFix(options.parseFixOptions(rest), io, pool!);
      case 'summarize':
        return await (await import('./summarize')).runSummarize(options.parseSummarizeOptions(rest), io, pool!);
      case 'consolidate':
        return await (await import('./consolidate')).runConsolidate(options.parseConsolidateOptions(rest), io, pool!);
      case 'import':
        return await (await import('./import')).runImport(options.parseImportOptions(rest), io, pool!);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(`${USAGE[lang]}\n`);
        return EXIT.ok;
      default:
        io.err(`phuluc: ${lang === 'vi' ? 'không có lệnh' : 'unknown command'}: ${command}\n${USAGE[lang]}`);
        return EXIT.unreadable;
    }
  } catch (error) {
    const { ZodError } = await import('zod');
    if (error instanceof ZodError) {
      const problems = error.issues.map((i) => `${OPTION_NAMES[String(i.path[0])] ?? 'options'}: ${i.message}`).join('; ');
      io.err(`phuluc: ${problems}`);
      return EXIT.unreadable;
    }
    // Unknown options (node's parseArgs) and anything unforeseen: one line, never a stack trace.
    io.err(`phuluc: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unreadable;
  } finally {
    pool?.close();
  }
}
