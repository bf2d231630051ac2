#!/usr/bin/env python3
"""Writes docs/api/openapi.json from docs/api/openapi.yaml (the server embeds and serves the JSON).

    python3 docs/api/yaml2json.py          # regenerate after editing the YAML
    python3 docs/api/yaml2json.py --check  # exit 1 when the JSON is out of date (a ctest runs this)

Needs python3-yaml (Debian package, in scripts/install-deps.sh).
"""
import json
import pathlib
import sys

import yaml

here = pathlib.Path(__file__).resolve().parent
source = here / "openapi.yaml"
target = here / "openapi.json"

spec = yaml.safe_load(source.read_text(encoding="utf-8"))
text = json.dumps(spec, indent=2, ensure_ascii=False) + "\n"

if "--check" in sys.argv[1:]:
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current != text:
        print(f"{target} is out of date with {source.name}: run python3 {pathlib.Path(__file__).relative_to(here.parent.parent)}",
              file=sys.stderr)
        sys.exit(1)
    print(f"{target.name} matches {source.name}")
else:
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
