import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/server.mjs';

// Browser tests of the built app served by the Go server (see e2e/server.mjs).
// Debian's Chromium only: never `npx playwright install`.
export default defineConfig({
	testDir: './e2e',
	globalSetup: './e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	outputDir: 'test-results',
	use: {
		browserName: 'chromium',
		locale: 'fr-FR',
		launchOptions: chromiumLaunchOptions,
		trace: 'retain-on-failure'
	}
});
