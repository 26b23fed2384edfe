import { defineConfig } from "vitest/config";

// Several suites run the whole pipeline over fixtures/articles once in `beforeAll`: ~10 s alone, and
// well past vitest's 10 s default on a busy 2-core machine.
export default defineConfig({ test: { hookTimeout: 120_000 } });
