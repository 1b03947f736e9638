#!/usr/bin/env bash
# Governance checks for CI, offline: the twelve commit hooks (minus ruff where it cannot be installed)
# and the workspace rules, run on a clean clone of the COMMITTED tree, so a commit made with
# `git commit --no-verify` still fails here. Never modifies the caller's checkout.
#   scripts/governance-ci.sh [REPO_DIR] [--base REF]
# Exit: 0 ok, 1 a check failed, 2 usage/config error.
set -uo pipefail
BUDDY="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$BUDDY"
BASE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="${2:?--base needs a ref}"; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) TARGET="$(cd "$1" && pwd)"; shift ;;
  esac
done
TSX="node $BUDDY/node_modules/tsx/dist/cli.mjs"
CHECKER="$TSX $BUDDY/scripts/governance.ts"
PREK="$BUDDY/node_modules/.bin/prek"
export NEXT_TELEMETRY_DISABLED=1 PREK_NO_UPDATE_CHECK=1

status=0
# 1. The workspace rules file must be valid (a broken file is a config error, exit 2).
$CHECKER check --root "$TARGET" --format text >/dev/null 2>/tmp/governance-ci.$$ || { rc=$?; if [ $rc -eq 2 ]; then cat /tmp/governance-ci.$$ >&2; rm -f /tmp/governance-ci.$$; exit 2; fi; }
rm -f /tmp/governance-ci.$$

# 2. This repository's hook config must be exactly what the generator writes.
if [ "$TARGET" = "$BUDDY" ]; then
  if ! (cd "$BUDDY" && $CHECKER hooks --check); then status=1; fi
fi

# 3. The hooks, on a clone of the committed tree. prek runs pre-commit-hooks' checks as built-ins, offline.
WORK="$(mktemp -d /tmp/governance-ci-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
git clone -q --no-local "$TARGET" "$WORK/tree" 2>/dev/null || git clone -q "$TARGET" "$WORK/tree" || exit 2
CI_ARGS=(--ci)
if [ -n "$BASE" ]; then (cd "$WORK/tree" && git fetch -q origin "$BASE" 2>/dev/null); CI_ARGS+=(--ci-base "$BASE"); fi
$CHECKER hooks --builtin "${CI_ARGS[@]}" --checker "$CHECKER" --file "$WORK/hooks.yaml" --write >/dev/null || exit 2
if ! (cd "$WORK/tree" && "$PREK" run --all-files --config "$WORK/hooks.yaml" --show-diff-on-failure --color never); then
  status=1
fi

# 4. ruff is a Python tool and not on the npm registry; say so plainly instead of pretending.
if command -v ruff >/dev/null 2>&1; then
  if ! (cd "$WORK/tree" && ruff check --fix --exit-non-zero-on-fix . && ruff format --check .); then status=1; fi
else
  echo "governance-ci: ruff is not installed here (it is not on the npm registry): skipped ruff and ruff-format; ran the other ten hooks and the age-key rule."
fi

[ $status -eq 0 ] && echo "governance-ci: ok" || echo "governance-ci: FAILED"
exit $status
