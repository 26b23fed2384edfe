import type { FileBody } from "./body.ts";

/** One output file being written, slice by slice in order. */
export interface FileWriter {
  write(slice: Uint8Array): Promise<void>;
  /** The file is complete. */
  close(): Promise<void>;
}

/**
 * Where a run's outputs go as they are made: a staging folder (`writeAtomically`), or memory
 * (tests, eval). Writing each CSV as it is made, rather than building every file first, keeps the
 * encoded CSVs (~140 MB at 100,000 articles) out of the run's peak memory.
 */
export interface OutputSink {
  open(name: string): Promise<FileWriter>;
}

/** A sink that keeps every file in memory, in its slices. */
export function memorySink(): OutputSink & { readonly files: Map<string, FileBody> } {
  const files = new Map<string, FileBody>();
  return {
    files,
    async open(name) {
      const slices: Uint8Array[] = [];
      return {
        async write(slice) {
          slices.push(slice);
        },
        async close() {
          files.set(name, slices.length === 1 ? slices[0]! : slices);
        },
      };
    },
  };
}
