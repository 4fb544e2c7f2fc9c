/** Save a file through a blob URL: nothing leaves the device, and the CSP allows blob:. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download, and some browsers start reading the
  // blob only after the click handler has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save text as a file (JSON by default). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
