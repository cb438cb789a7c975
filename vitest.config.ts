import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests only: `src/**\/*.test.ts(x)`. The Playwright specs in e2e/ run against the built
 * site through `npm run test:e2e`, never under Vitest. The timeout is generous because CI
 * shares two cores between test files; no test asserts on time.
 */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
