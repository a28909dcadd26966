/** The `phuluc` command line. Every failure ends in a one-line message and an exit code, never a stack trace. */
import { ZodError } from 'zod';
import { USAGE } from './messages';
import { parseCheckOptions, parseConsolidateOptions, parseFixOptions, parseSummarizeOptions } from './options';
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
};

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(`${text}\n`),
};

function usageLanguage(argv: readonly string[]): 'vi' | 'en' {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'vi';
}

export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const [command, ...rest] = argv;
  const lang = usageLanguage(argv);
  try {
    switch (command) {
      // Each command loads only its own modules: the parser and the xlsx writer cost a quarter of a second to load.
      case 'check':
        return (await import('./check')).runCheck(parseCheckOptions(rest), io);
      case 'fix':
        return (await import('./fix')).runFix(parseFixOptions(rest), io);
      case 'summarize':
        return await (await import('./summarize')).runSummarize(parseSummarizeOptions(rest), io);
      case 'consolidate':
        return await (await import('./consolidate')).runConsolidate(parseConsolidateOptions(rest), io);
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
    if (error instanceof ZodError) {
      const problems = error.issues.map((i) => `${OPTION_NAMES[String(i.path[0])] ?? 'options'}: ${i.message}`).join('; ');
      io.err(`phuluc: ${problems}`);
      return EXIT.unreadable;
    }
    // Unknown options (node's parseArgs) and anything unforeseen: one line, never a stack trace.
    io.err(`phuluc: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.unreadable;
  }
}
