// Files the API answers with (PDF, documents, spreadsheets), saved by the browser.

/** A download the browser saves: the API answer as a file, named `filename`. The answer is
 * returned so that a caller can show the error of a refused request. */
export async function download(path: string, init: RequestInit, filename: string): Promise<Response> {
  const res = await fetch(path, { credentials: 'same-origin', ...init });
  if (res.ok) {
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    URL.revokeObjectURL(url);
  }
  return res;
}
