// Runs the CLI in-process with captured output, as a terminal user would call it.
import { runCli } from '../../src/cli/runCli.js';
import { defaultCorpusDir } from '../../src/paths.js';

export async function runCliCaptured(argv: string[], options: { input?: string; corpusDir?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const { exitCode } = await runCli(
    argv,
    {
      write: (text) => {
        stdout += text;
      },
      error: (text) => {
        stderr += text;
      },
      readInput: async () => options.input ?? '',
    },
    options.corpusDir ?? defaultCorpusDir,
  );
  return { exitCode, stdout, stderr };
}
