// The `storeops` bin: runs the CLI on the process's arguments and streams.
import { processIo } from './io.js';
import { runCli } from './program.js';

// Output piped into `head` and closed early is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), processIo());
