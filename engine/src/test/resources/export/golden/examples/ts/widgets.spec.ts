// Exported by Argus Workbench from widgets.spec.yaml.
// Re-exporting overwrites this file.
import { test, expect } from '@playwright/test';
import * as path from 'path';

test.use({
  viewport: { width: 375, height: 812 },
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
});

test('Widgets tour', async ({ page }) => {
  await page.goto('/widgets.html');
  await page.frameLocator('iframe[name="payment"]').getByPlaceholder('Card number').fill('4242 4242 4242 4242');
  await page.frameLocator('iframe[name="payment"]').frameLocator('iframe[src*="frame-inner.html"]').getByText('Inner button').click();
  await page.getByRole('button', { name: 'Rate 4 stars' }).click();
  await page.getByText('Alpha').dragTo(page.getByText('Gamma'));
  await page.locator('input[type=file]').setInputFiles(path.resolve(__dirname, 'fixtures/report.pdf'));
  page.once('dialog', dialog => dialog.accept('It\'s "quoted" and ${not a var}'));
  await page.getByText('Ask a question').click();
  const popup1Promise = page.waitForEvent('popup');
  await page.getByRole('link', { name: 'Open popup' }).click();
  const popup1 = await popup1Promise;
  await expect(popup1).toHaveTitle(/^Popup/);
  await page.bringToFront();
  await expect(page.getByText('Slow content loaded')).toBeVisible();
  await page.waitForTimeout(250);
  await page.keyboard.press('Control+A');
  await page.locator('[contenteditable]').pressSequentially('line one\nline two — ünïcödé \u200B');
  await expect(page.locator('#terms')).toHaveAttribute('aria-checked', 'true');
  // Recording gap: cross-origin iframe https://pay.example.com could not be recorded
  test.info().annotations.push({ type: 'warning', description: 'cross-origin iframe https://pay.example.com could not be recorded' });
});
