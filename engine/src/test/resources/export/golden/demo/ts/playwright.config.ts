// Exported by Argus Workbench. Re-exporting overwrites this file.
import { defineConfig } from '@playwright/test';
import * as fs from 'fs';

// A system Chromium: ARGUS_BROWSER, else /usr/bin/chromium when it exists, else Playwright's own.
const executablePath = process.env.ARGUS_BROWSER
  || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  use: {
    baseURL: process.env.ARGUS_BASE_URL || 'http://127.0.0.1:8080/',
    viewport: { width: 1920, height: 1080 },
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox'],
    },
  },
});
