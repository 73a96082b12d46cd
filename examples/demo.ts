// `npm run demo`: the main job on the sample data in examples/data.
// Prints the week's page health in Chinese and in English.
import { printPageHealth } from './page-health.js';

printPageHealth('zh-CN');
printPageHealth('en');
