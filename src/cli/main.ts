// Entry point of `npm run cli`: the offline way to use Verbatim's core from a terminal.
import { readCorpusDir } from '../config.js';
import { runCli } from './runCli.js';

// A reader that stops early (`| head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const { exitCode } = await runCli(
  process.argv.slice(2),
  {
    write: (text) => process.stdout.write(text),
    isTerminal: process.stdout.isTTY === true,
    error: (text) => process.stderr.write(text),
    readInput: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
  readCorpusDir(process.env),
);
process.exitCode = exitCode;
