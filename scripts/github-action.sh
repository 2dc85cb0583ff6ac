#!/usr/bin/env bash
# The Action's one step (action.yml), runnable anywhere: reads INPUT_* and GitHub's variables,
# writes the markdown report to $GITHUB_STEP_SUMMARY, `denials=N` to $GITHUB_OUTPUT, and with
# INPUT_COMMENT=true on a pull request posts or updates one comment. AUTHZ_DECODER_BIN overrides
# the command (tests run the bundle of this checkout).
set -uo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin=(node "${AUTHZ_DECODER_BIN:-$here/dist-cli/authz-decoder.mjs}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log="${INPUT_LOG_FILE:-}"
if [ -z "$log" ]; then
  if [ -z "${INPUT_COMMAND_OUTPUT:-}" ]; then
    echo "::error::authz-decoder: give log-file or command-output"
    exit 1
  fi
  log="$work/output.log"
  printf '%s\n' "$INPUT_COMMAND_OUTPUT" >"$log"
fi

args=(--policy-format "${INPUT_POLICY_FORMAT:-json}" --lang "${INPUT_LANG:-en}")
[ -n "${INPUT_LINK_BASE_URL:-}" ] && args+=(--link "$INPUT_LINK_BASE_URL")

"${bin[@]}" --format markdown "${args[@]}" "$log" >"$work/report.md" 2>"$work/error.txt"
status=$?
if [ "$status" -eq 1 ]; then
  echo "::error::$(head -n 1 "$work/error.txt")"
  exit 1
fi
"${bin[@]}" --format json "$log" >"$work/report.json" 2>/dev/null
denials="$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(r.denials.length + (r.decoded && r.decoded.verdict !== "allowed" ? 1 : 0))' "$work/report.json")"

[ -n "${GITHUB_STEP_SUMMARY:-}" ] && cat "$work/report.md" >>"$GITHUB_STEP_SUMMARY"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "denials=$denials" >>"$GITHUB_OUTPUT"
echo "authz-decoder: $denials distinct denial(s)"

if [ "${INPUT_COMMENT:-false}" = "true" ] && [ "$status" -eq 2 ]; then
  node "$here/scripts/github-comment.mjs" "$work/report.md" || true
fi
if [ "${INPUT_FAIL_ON_DENIALS:-false}" = "true" ] && [ "$status" -eq 2 ]; then
  echo "::error::authz-decoder: $denials AWS authorization denial(s); see the job summary"
  exit 1
fi
exit 0
