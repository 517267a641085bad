// Saves bytes the core sent (base64) as a file in the browser's downloads: privacy exports, support bundles, tickets.
export function saveFile(fileName: string, base64: string, mimeType: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the download has surely started (a large file may take a moment to hand over).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
