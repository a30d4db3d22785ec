#!/usr/bin/env bash
# Print the path of a working Python 3.12 interpreter, or nothing.
# The pyenv shim `python3.12` fails while pyenv's global version is another one, so ask pyenv directly.
set -u
candidates=()
if command -v pyenv >/dev/null 2>&1; then
  prefix=$(pyenv prefix 3.12 2>/dev/null | head -n 1)
  [ -n "$prefix" ] && candidates+=("$prefix/bin/python3.12")
  for d in "$(pyenv root 2>/dev/null)"/versions/3.12*; do candidates+=("$d/bin/python3.12"); done
fi
candidates+=(/usr/bin/python3.12 /usr/local/bin/python3.12 "$(command -v python3.12 2>/dev/null)" "$(command -v python3 2>/dev/null)")
for c in "${candidates[@]}"; do
  [ -n "$c" ] && [ -x "$c" ] || continue
  if "$c" -c 'import sys; raise SystemExit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then
    echo "$c"; exit 0
  fi
done
exit 0
