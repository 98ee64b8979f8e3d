/** Paths into a résumé's JSON ("basics.phone", "work[0].name"), as private fields name them. */

/** Whether the path is one of these or lies under one ("education[0].score" under "education" or "education[0]"). */
export function isUnder(path: string | undefined, paths: readonly string[]): boolean {
  return path !== undefined && paths.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`));
}
