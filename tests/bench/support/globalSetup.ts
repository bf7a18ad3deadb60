import { resetBenchResults } from './benchResults';

export default function globalSetup(): void {
  resetBenchResults();
}
