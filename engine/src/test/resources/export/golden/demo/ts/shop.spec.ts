// Exported by Argus Workbench from shop.spec.yaml.
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

test('Shop: sign in, search, cart and checkout', async ({ page }) => {
  const username = 'demo';
  const password = secret('PASSWORD');

  await page.goto('/login.html');
  await expect(page).toHaveTitle('Sign in · Argus Shop');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByLabel('Remember me').check();
  await expect(page.getByTestId('login-remember')).toBeChecked();
  await page.getByLabel('Remember me').uncheck();
  await expect(page.getByTestId('login-remember')).not.toBeChecked();
  await test.step('Sign in', async () => {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  });
  await expect(page).toHaveURL(/\/products\.html/);
  await expect(page.locator('.product-card:visible')).toHaveCount(12);
  await page.getByTestId('product-search').fill('chair');
  await expect(page.getByTestId('result-count')).toHaveText('Showing 2 of 12 products');
  await page.getByLabel('Category').selectOption('Furniture');
  await expect(page.locator('.product-card:visible')).toHaveCount(2);
  await page.getByLabel('Category').selectOption('All categories');
  await page.getByPlaceholder('Search products').fill('Laptop');
  await page.getByTestId('add-to-cart-p-101').click();
  await expect(page.getByTestId('toast')).toContainText('Laptop added to cart');
  await expect(page.getByTestId('cart-count')).toHaveText('1');
  await page.getByTestId('nav-cart').click();
  await page.getByLabel('Quantity for Laptop').fill('2');
  await expect(page.getByTestId('cart-total')).toHaveText(/\$2,398\.00/);
  page.once('dialog', async dialog => {
    expect.soft(dialog.message()).toBe('Remove Laptop from cart?');
    await dialog.accept();
  });
  await page.getByTestId('remove-p-101').click();
  await expect(page.getByTestId('cart-empty')).toBeVisible();
  await page.goto('/checkout.html');
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill('ada@example.com');
  await page.getByLabel('Address').fill('12 Analytical Row');
  await page.getByLabel('Country').selectOption('Germany');
  await expect(page.getByLabel('Country')).toHaveValue('DE');
  await page.getByLabel('Express shipping').check();
  await page.getByRole('checkbox', { name: 'I accept the terms' }).check();
  await expect(page.getByRole('checkbox', { name: 'I accept the terms' })).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('dialog')).toContainText('Thank you, Ada Lovelace! Order number: ARG-');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
