// Types of scripts/dashboard-size.mjs for the TypeScript tests that import it.
export declare const DASHBOARD_BUDGET_BYTES: number;
export declare const DASHBOARD_TOTAL_CEILING_BYTES: number;
export declare const dashboardDist: string;
export declare function dashboardSize(dir?: string): { files: { file: string; bytes: number; gzip: number; initial: boolean }[]; initial: number; gzip: number };
