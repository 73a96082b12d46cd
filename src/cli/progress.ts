import cliProgress from 'cli-progress';
import type { TextSink } from './io.js';

/** A progress display: a bar on a terminal, nothing otherwise. */
export interface Progress {
  start(total: number, label: string): void;
  update(done: number, label: string): void;
  stop(): void;
}

const SILENT: Progress = { start() {}, update() {}, stop() {} };

/**
 * A progress bar on `stream` when it is a terminal and the user did not ask for quiet or JSON
 * output; otherwise nothing at all (a script piping the output sees only results). @internal */
export function progressOn(stream: TextSink, quiet: boolean): Progress {
  if (quiet || stream.isTTY !== true) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: '{label} [{bar}] {value}/{total} {store}',
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(total, label) {
      if (running) bar.stop();
      bar.start(total, 0, { label, store: '' });
      running = true;
    },
    update(done, store) {
      bar.update(done, { store });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
