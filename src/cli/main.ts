/** The `phuluc` command line. Every failure ends in a one-line message and an exit code, never a stack trace. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { TEXT } from '../core/i18n';
import { ReaderPool } from '../io/readerPool';
import { languageOf } from './language';
import { EXIT, type Output } from './output';
import { folderProblem, outputProblem, systemErrorMessage } from './paths';

const stdio: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Commands that read workbooks: they read them in child processes (see ReaderPool). */
const COMMANDS = ['check', 'fix', 'summarize', 'consolidate', 'import', 'templates'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (word: string | undefined): word is Command => COMMANDS.some((command) => command === word);

/** The command and the rest, with a leading "--lang en" moved behind the command ("phuluc --lang en --help"). */
function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  const leading: string[] = [];
  let i = 0;
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=')) {
    leading.push(...argv.slice(i, argv[i] === '--lang' ? i + 2 : i + 1));
    i += argv[i] === '--lang' ? 2 : 1;
  }
  return { command: argv[i], rest: [...argv.slice(i + 1), ...leading] };
}

function version(): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const wantsHelp = (args: readonly string[]) => args.some((arg) => arg === '--help' || arg === '-h');

export async function main(argv: string[], io: Output = stdio): Promise<number> {
  const lang = languageOf(argv);
  const { command, rest } = splitCommand(argv);
  if (command === '--version' || command === '-v' || command === '-V' || command === 'version') {
    io.out(`phuluc ${version()}\n`);
    return EXIT.ok;
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = rest.find(isCommand);
    io.out(`${topic ? TEXT[lang].cli.commandUsage[topic] : TEXT[lang].cli.usage}\n`);
    return EXIT.ok;
  }
  if (!isCommand(command)) {
    io.err(TEXT[lang].cli.unknownCommand(command, COMMANDS.join(', ')));
    return EXIT.unreadable;
  }
  if (wantsHelp(rest)) {
    io.out(`${TEXT[lang].cli.commandUsage[command]}\n`);
    return EXIT.ok;
  }

  // The readers start before anything else loads, so their start-up overlaps the command line's own.
  const pool = new ReaderPool(availableParallelism());
  let writing: string | undefined;
  const fail = (reason: string) => {
    io.err(`phuluc: ${reason}`);
    return EXIT.unreadable;
  };
  try {
    // Each command loads only its own modules (options and zod included), after the readers are started.
    const options = await import('./options');
    switch (command) {
      case 'check':
        return await (await import('./check')).runCheck(options.parseCheckOptions(rest), io, pool);
      case 'fix': {
        const parsed = options.parseFixOptions(rest);
        writing = parsed.output;
        const [file] = parsed.files;
        const source = extname(file).toLowerCase();
        const problem =
          folderProblem(file, parsed.lang, TEXT[parsed.lang].cli.paths.folderHint) ??
          outputProblem(parsed.output, [...parsed.files, parsed.units ?? ''], ['.xlsx', '.xlsm'].includes(source) ? [source] : ['.xlsx', '.xlsm'], parsed.lang);
        if (problem) return fail(problem);
        return await (await import('./fix')).runFix(parsed, io, pool);
      }
      case 'summarize': {
        const parsed = options.parseSummarizeOptions(rest);
        writing = parsed.output;
        const problem = outputProblem(parsed.output, [...parsed.files, parsed.units ?? ''], ['.xlsx'], parsed.lang);
        if (problem) return fail(problem);
        return await (await import('./summarize')).runSummarize(parsed, io, pool);
      }
      case 'consolidate': {
        const parsed = options.parseConsolidateOptions(rest);
        writing = parsed.output;
        return await (await import('./consolidate')).runConsolidate(parsed, io, pool);
      }
      case 'import': {
        const parsed = options.parseImportOptions(rest);
        writing = parsed.output;
        const problem = outputProblem(parsed.output, parsed.files, ['.xlsx'], parsed.lang);
        if (problem) return fail(problem);
        return await (await import('./import')).runImport(parsed, io, pool);
      }
      case 'templates': {
        const parsed = options.parseTemplatesOptions(rest);
        writing = parsed.output;
        return await (await import('./templates')).runTemplates(parsed, io, pool);
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'UsageError') return fail(error.message);
    // A file the system refused (a full disk, a missing folder): one line that names it.
    const system = systemErrorMessage(error, lang, writing);
    if (system) return fail(system);
    // Anything unforeseen: one line, never a stack trace.
    const [firstLine = ''] = error instanceof Error ? error.message.split('\n') : [String(error)];
    return fail(firstLine);
  } finally {
    pool.close();
  }
}
