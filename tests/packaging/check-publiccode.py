#!/usr/bin/env python3
"""publiccode.yml says what is true: the required keys of the standard (version 0.3) are there,
the licence is the one in LICENSE and in the API spec, the version is the build's."""
import re
import sys
from pathlib import Path

import yaml

root = Path(sys.argv[1])
version = sys.argv[2]
code = yaml.safe_load((root / "publiccode.yml").read_text(encoding="utf-8"))
problems = []
for key in ["publiccodeYmlVersion", "name", "url", "softwareVersion", "releaseDate", "platforms", "categories",
            "developmentStatus", "softwareType", "description", "legal", "maintenance", "localisation"]:
    if key not in code:
        problems.append(f"missing {key}")
for language in ["nl", "en"]:
    desc = code.get("description", {}).get(language, {})
    for key in ["shortDescription", "longDescription", "features"]:
        if not desc.get(key):
            problems.append(f"description.{language}.{key} is missing")
    if len(desc.get("shortDescription", "")) > 150:
        problems.append(f"description.{language}.shortDescription is over 150 characters")
    if not 150 <= len(desc.get("longDescription", "")) <= 10000:
        problems.append(f"description.{language}.longDescription must be 150 to 10000 characters")
licence = code.get("legal", {}).get("license")
if licence != "EUPL-1.2":
    problems.append(f"legal.license is {licence}, not EUPL-1.2")
if "EUROPEAN UNION PUBLIC LICENCE v. 1.2" not in (root / "LICENSE").read_text(encoding="utf-8"):
    problems.append("LICENSE does not hold the EUPL-1.2 text")
if not re.search(r"license:\s*\n\s*name:\s*EUPL-1.2", (root / "docs/api/openapi.yaml").read_text(encoding="utf-8")):
    problems.append("docs/api/openapi.yaml names another licence")
if code.get("softwareVersion") != version:
    problems.append(f"softwareVersion {code.get('softwareVersion')} is not the build's {version}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("publiccode.yml: ok")
