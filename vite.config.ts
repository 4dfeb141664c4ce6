import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    // Source maps stay out of the shipped site; the size budget counts what browsers load.
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // One module registry per worker, not per file: the 11 MB dictionary (az) then loads once
    // per worker instead of once in each of the dozen files that use it (vitest: ~70 s → ~25 s).
    // Tests must leave no global state behind: fake timers are restored in afterEach, stubbed
    // globals are undone after every test.
    isolate: false,
    unstubGlobals: true,
  },
});
