/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets component tests use the Container API; 'node' keeps it close to the build.
export default getViteConfig(
  {
    test: {
      environment: 'node',
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/setup/build-site.ts'],
      testTimeout: 60_000,
      hookTimeout: 300_000,
      env: { BUILD_DATE: '2026-11-22' },
    },
  },
  { devToolbar: { enabled: false } },
);
