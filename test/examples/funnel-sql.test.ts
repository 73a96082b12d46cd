import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleQuery } from '../../examples/funnel-sql.js';

describe('examples/funnel-sql', () => {
  it('prints the query of each dialect with its parameters', () => {
    expect(exampleQuery('spark').sql).toContain('FROM `shop`.`funnel_rows` WHERE `date` >= :p1 AND `date` <= :p2 GROUP BY `store`, SUBSTR(CAST(`date` AS STRING), 1, 7)');
    expect(exampleQuery('clickhouse').namedParams).toEqual({ p1: '2026-11-01', p2: '2026-11-30' });
    const out = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../examples/funnel-sql.ts', import.meta.url)), 'ansi'], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout.startsWith('-- ansi: parameters ["2026-11-01","2026-11-30"]\nSELECT "store" AS "store", SUBSTRING(CAST("date" AS VARCHAR(64)) FROM 1 FOR 7) AS "month"')).toBe(true);
  });
});
