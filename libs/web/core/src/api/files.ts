import { accessToken, problemLanguage } from './client';
import { problemOf } from './problem';

function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? fallback;
}

/** Downloads a file the API serves (templates, reports) under the name the server gives it. */
export async function downloadFile(path: string, fallbackName = 'download'): Promise<string> {
  const token = await accessToken();
  const response = await fetch(path, {
    headers: { 'accept-language': problemLanguage(), ...(token && { authorization: `Bearer ${token}` }) },
  });
  if (!response.ok) throw await problemOf(response);
  const name = filenameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/**
 * POSTs a multipart form with upload progress (fetch cannot report it, so XMLHttpRequest). Resolves with
 * the parsed JSON answer; rejects with an ApiError carrying the problem (row-level `problems[]` of a 422).
 */
export async function uploadFile<T>(
  path: string,
  form: FormData,
  onProgress?: (fraction: number) => void,
): Promise<T> {
  const token = await accessToken();
  const response = await new Promise<Response>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('accept-language', problemLanguage());
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded / event.total);
    };
    request.onload = () =>
      resolve(
        new Response(request.status === 204 ? null : request.responseText, {
          status: request.status,
          headers: { 'content-type': request.getResponseHeader('content-type') ?? 'application/json' },
        }),
      );
    request.onerror = () => reject(new TypeError('Network error'));
    request.send(form);
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
