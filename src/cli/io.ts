// What the commands write to: injected, so tests run them in-process and can say whether
// stderr is a terminal.

/** A stream the CLI writes text to. */
export interface TextSink {
  write(text: string): unknown;
  /** True when it is a terminal (progress is shown only then). */
  isTTY?: boolean;
  /** Terminal width, for the progress bar. */
  columns?: number;
}

/** The CLI's outputs: results on stdout, progress and problems on stderr. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
}

/** The process's own streams. @internal */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}
