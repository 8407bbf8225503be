// Exported by Argus Workbench from search.spec.yaml.
// Re-exporting overwrites this file.
import { test, expect } from '@playwright/test';

const rows = [
  { term: 'lamp', hits: '1' },
  { term: 'chair', hits: '2' },
  { term: 'desk', hits: '2' },
];

for (const [index, row] of rows.entries()) {
  test('Search finds products by name (row ' + (index + 1) + ')', async ({ page }) => {
    await page.goto('/products.html');
    await page.getByTestId('product-search').fill(row.term);
    await expect(page.locator('.product-card:visible')).toHaveCount(Number(row.hits));
    await expect(page.getByTestId('result-count')).toHaveText('Showing ' + row.hits + ' of 12 products');
  });
}
