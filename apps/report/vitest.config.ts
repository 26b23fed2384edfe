import { defineConfig } from "vitest/config";

// Many suites run the whole pipeline (over fixtures/articles, generated corpora, or as a child process):
// ~10 s each alone, minutes on a busy 2-core machine. A test here fails on what it checks, never on the
// clock (speed is `pnpm bench`'s job), so one generous limit covers every test and hook.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } });
