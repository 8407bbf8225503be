// Exported by Argus Workbench from checkout.spec.yaml.
// Re-exporting overwrites this file.
import { test, expect } from '@playwright/test';

// Secrets never live in the test: set ARGUS_SECRET_<NAME> in the environment.
function secret(name: string): string {
  const value = process.env['ARGUS_SECRET_' + name];
  if (value === undefined) {
    throw new Error('Set the environment variable ARGUS_SECRET_' + name + ' to run this test');
  }
  return value;
}

test.use({
  viewport: { width: 1920, height: 1080 },
});

test('Checkout with a saved card', async ({ page }) => {
  const username = 'demo';
  const password = secret('PASSWORD');

  await page.goto('/login.html');
  await page.getByTestId('login-username').fill(username);
  await page.getByLabel('Password').fill(password);
  await test.step('Sign in', async () => {
    await page.getByRole('button', { name: 'Sign in' }).click();
  });
  await expect(page).toHaveURL(/\/products/);
  await page.locator('[data-qa="add-to-cart"]').click();
  await expect(page.locator('.product-card')).toHaveCount(12);
  page.once('dialog', async dialog => {
    expect.soft(dialog.message()).toBe('Remove Laptop from cart?');
    await dialog.accept();
  });
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.getByLabel('I accept the terms').check({ timeout: 5000 });
  await page.getByLabel('Country').selectOption('Germany');
  // Disabled in the spec: hover text=More
  // await page.getByText('More').hover();
  await expect(page.getByRole('dialog')).toContainText('Order placed');
});
