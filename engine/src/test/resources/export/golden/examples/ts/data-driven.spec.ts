// Exported by Argus Workbench from data-driven.spec.yaml.
// Re-exporting overwrites this file.
import { test, expect } from '@playwright/test';

test.use({
  viewport: { width: 1280, height: 800 },
});

const rows = [
  { term: 'lamp', hits: '1' },
  { term: 'chair', hits: '2' },
];

for (const [index, row] of rows.entries()) {
  test('Search finds products (row ' + (index + 1) + ')', async ({ page }) => {
    await page.goto('/products.html');
    await page.getByPlaceholder('Search products').fill(row.term);
    await expect(page.locator('.product-card:visible')).toHaveCount(Number(row.hits));
  });
}
