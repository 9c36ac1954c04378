// Requests per path for SandboxStats, within a fixed bound: the demo runs inside the user's extension
// host, where a scan over unique paths must not grow its memory.

/** Distinct paths counted one by one; later ones share OTHER_PATHS. */
export const MAX_COUNTED_PATHS = 500;
/** Longer paths are never kept as keys. */
export const MAX_COUNTED_PATH_LENGTH = 200;
export const OTHER_PATHS = '(other paths)';

export function countPath(byPath: Record<string, number>, path: string): void {
  const known = Object.prototype.hasOwnProperty.call(byPath, path);
  const fits = known || (path.length <= MAX_COUNTED_PATH_LENGTH && Object.keys(byPath).length < MAX_COUNTED_PATHS);
  const key = fits ? path : OTHER_PATHS;
  byPath[key] = (byPath[key] ?? 0) + 1;
}
