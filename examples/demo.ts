// `npm run demo`: the main job — the morning brief for the last day of the sample month
// (examples/data, 山岚女装), in Chinese by default.
//   npm run demo -- --locale en
//   npm run demo -- --date 2026-05-24 --format text
// Page health is part of the brief (on Sundays, its weekly cadence); the standalone page-health
// example over its own sample week is `npx tsx examples/page-health.ts`.
import { printSampleBrief } from './brief.js';

printSampleBrief();
