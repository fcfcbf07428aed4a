/**
 * Inline suppressions: Keyward's own marker and the ones other scanners' users already wrote.
 *   keyward:ignore                       on the line, or alone on the line above
 *   gitleaks:allow                       on the line (gitleaks)
 *   pragma: allowlist secret             on the line (detect-secrets)
 *   pragma: allowlist nextline secret    on the line above (detect-secrets)
 *   secretlint-disable-line              on the line (secretlint)
 *   secretlint-disable-next-line         on the line above (secretlint)
 *   trufflehog:ignore                    on the line (trufflehog)
 *   ggignore                             on the line (GitGuardian)
 * `keyward:ignore` may name rule ids (`keyward:ignore github-pat, generic-secret`) to narrow it.
 */
const SAME_LINE = /keyward:ignore|gitleaks:allow|pragma:\s*allowlist\s+secret|secretlint-disable-line|trufflehog:ignore|ggignore/i;
const NEXT_LINE = /keyward:ignore|pragma:\s*allowlist\s+nextline\s+secret|secretlint-disable-next-line/i;
const KEYWARD_RULES = /keyward:ignore[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*)/i;

export const SUPPRESSION_MARKER = 'keyward:ignore';

function markerApplies(line: string, re: RegExp, ruleId: string): boolean {
  if (!re.test(line)) return false;
  const named = KEYWARD_RULES.exec(line);
  if (!named || !/keyward:ignore/i.test(line)) return true;
  // A keyward:ignore that names rules only silences those; other markers on the line still apply.
  const ids = named[1].split(',').map((s) => s.trim().toLowerCase());
  if (ids.includes(ruleId)) return true;
  return re.test(line.replace(/keyward:ignore[^\n]*/i, ''));
}

export function isSuppressed(line: string, previousLine: string | undefined, ruleId: string): boolean {
  if (markerApplies(line, SAME_LINE, ruleId)) return true;
  if (previousLine !== undefined && markerApplies(previousLine, NEXT_LINE, ruleId)) {
    // keyward:ignore on the line above counts only when that line is a comment of its own,
    // so a suppressed token above does not silence the next line too.
    if (/keyward:ignore/i.test(previousLine) && !/^\s*(\/\/|#|--|;|\/\*|\*|<!--|%|'|rem\b)/i.test(previousLine)) return false;
    return true;
  }
  return false;
}
