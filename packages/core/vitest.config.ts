import { defineConfig } from "vitest/config";

// A test fails on what it checks, never on the clock (speed is `pnpm bench`'s job): on a busy 2-core
// machine vitest's 5 s default failed tests that pass in well under a second alone.
export default defineConfig({ test: { testTimeout: 600_000, hookTimeout: 600_000 } });
