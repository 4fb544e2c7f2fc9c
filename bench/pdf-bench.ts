import { buildReportPdf, loadPdfResources } from '@/export/pdf/exports';
import { reportData } from '../tests/pdf-fixtures';

// Dev-only page for scripts/pdf-benchmark.mjs: builds the full report in the browser and times it.

declare global {
  interface Window {
    runPdfBenchmark: (runs: number) => Promise<{ times: number[]; bytes: number }>;
  }
}

window.runPdfBenchmark = async (runs) => {
  const resources = await loadPdfResources('da');
  const data = reportData({ participants: 30, proposals: 40, experiments: 20 });
  // One untimed run so the times measure building, not first-use compilation of jsPDF.
  let bytes = buildReportPdf(data, resources).length;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    bytes = buildReportPdf(data, resources).length;
    times.push(performance.now() - start);
  }
  return { times, bytes };
};
