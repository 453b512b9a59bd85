#!/usr/bin/env python3
"""Copies the parts of BigCommerce's official OpenAPI files that the conformance tests read.

Usage: python3 extract.py <folder with the .yml files>   (e.g. ../shared/reference/bigcommerce/specs)
Writes Specs/<name>.json next to this script: openapi version, paths (operations with parameters, request
bodies, responses), components (schemas, parameters, requestBodies, responses, examples, headers).
Prose is stripped (description, summary, externalDocs, tags, x-* extensions, info, security; of servers only
the base path after the store is kept);
examples and property names are kept verbatim. $refs are kept as they are (the tests resolve them).
"""
import json
import os
import re
import sys

import yaml


class Loader(yaml.SafeLoader):
    """YAML 1.2-ish: only true/false are booleans, timestamps stay strings (examples must stay verbatim)."""


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))

PROSE = {"description", "summary", "externalDocs", "tags", "title", "x-internal"}
VERBATIM = {"example", "examples", "default", "enum", "x-example"}
KEEP_X = {"x-nullable"}


def strip(node):
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key in PROSE or (isinstance(key, str) and key.startswith("x-") and key not in KEEP_X):
                continue
            if key in VERBATIM:
                if key == "examples" and isinstance(value, dict):
                    # media-type examples: {name: {summary, description, value}} -> keep only value / $ref
                    out[key] = {n: ({k: v for k, v in e.items() if k in ("value", "$ref")} if isinstance(e, dict) else e) for n, e in value.items()}
                else:
                    out[key] = value
            elif key in ("properties", "patternProperties", "responses", "headers", "content", "paths",
                         "schemas", "parameters_map", "requestBodies", "callbacks", "links") and isinstance(value, dict):
                out[key] = {name: strip(child) for name, child in value.items()}
            else:
                out[key] = strip(value)
        return out
    if isinstance(node, list):
        return [strip(item) for item in node]
    return node


def main(folder):
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "Specs")
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            spec = yaml.load(f, Loader=Loader)
        components = spec.get("components", {})
        kept = {k: components[k] for k in ("schemas", "parameters", "requestBodies", "responses", "examples", "headers") if k in components}
        if "examples" in kept:
            kept["examples"] = {n: {k: v for k, v in e.items() if k in ("value", "$ref")} for n, e in kept["examples"].items()}
        for k in ("schemas", "parameters", "requestBodies", "responses", "headers"):
            if k in kept:
                kept[k] = {n: strip(v) for n, v in kept[k].items()}
        out = {
            "source": name,
            "openapi": spec.get("openapi"),
            # the part of servers[0].url after the store: paths are relative to .../stores/{store_hash}<base>
            "base": re.sub(r"^.*/stores/\{store_hash\}", "", spec["servers"][0]["url"]),
            "paths": {p: strip(v) for p, v in spec.get("paths", {}).items()},
            "components": kept,
        }
        with open(os.path.join(target, name[: -len(".yml")] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared/reference/bigcommerce/specs"))
