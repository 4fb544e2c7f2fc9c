import { loadPdfResources, reportFile } from '@/export/pdf/exports';
import { TEAM, reportWorkspace } from '../tests/report-workspace';

// Dev-only page for scripts/pdf-benchmark.mjs: collects and builds the full report in the browser and times it.

declare global {
  interface Window {
    runPdfBenchmark: (runs: number) => Promise<{ times: number[]; bytes: number; pages: number }>;
  }
}

window.runPdfBenchmark = async (runs) => {
  const resources = await loadPdfResources('da');
  // A big workspace: 30 participants in each round, a dialogmøde with 40 proposals and a dot vote,
  // a theme meeting, 20 experiments with their check-ins (one extended).
  const workspace = reportWorkspace({ participants: 30, proposals: 40, experiments: 20 });
  const scope = { today: '2027-01-20', nowMs: Date.UTC(2027, 0, 20, 12) };
  const build = () => {
    const file = reportFile(workspace, TEAM, scope, resources);
    if (!file) throw new Error('nothing to report');
    return file.bytes;
  };
  // One untimed run so the times measure building, not first-use compilation of jsPDF.
  let bytes = build();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    bytes = build();
    times.push(performance.now() - start);
  }
  const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
  return { times, bytes: bytes.length, pages };
};
