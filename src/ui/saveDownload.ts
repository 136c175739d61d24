/** Hands bytes to the browser as a file download; returns the object URL (kept for a fallback link). */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveDownload(name: string, data: Uint8Array): string {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: XLSX_TYPE }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return url;
}
