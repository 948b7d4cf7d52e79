// vitest setup file: pins the product's clock to the test day before any test runs.
import { pinToday } from '@/lib/clock/clock';
import { TEST_DAY } from './test-day';

pinToday(TEST_DAY);
