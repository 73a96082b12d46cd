import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { generateSampleData } from '../examples/sample-data.js';
const d = generateSampleData();
const files: Record<string, keyof typeof d> = { 'store-daily.csv': 'store', 'item-daily.csv': 'items', 'traffic-sources.csv': 'sources', 'keywords.csv': 'keywords', 'plan.csv': 'plan', 'products.csv': 'products', 'dsr-ratings.csv': 'dsrRatings', 'dsr-category.csv': 'dsrCategory' };
for (const [f, k] of Object.entries(files)) {
  const rows = parse(readFileSync(`examples/data/${f}`, 'utf8')) as string[][];
  const same = JSON.stringify(rows) === JSON.stringify(d[k].map((r) => r.map(String)));
  console.log(f, rows.length, same);
}
