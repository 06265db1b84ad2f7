#!/usr/bin/python3
"""Generates rules/contracts/ddi-irql.tsv from the IRQL annotation data set.

Usage: scripts/import-irql-contracts.py DATA.tsv [-o OUTPUT]

DATA.tsv is ../shared/data/ddi-irql-annotations.tsv (columns: function,
annotations, source, header; see the README beside it).  The output has the
three columns of ddis.tsv (name, facts, source), one row a DDI, sorted by name,
so running the script again on the same data reproduces it byte for byte.  It
prints how many rows it imported and skipped, by reason, on stderr.

What becomes a row, and what does not:

- Role types are skipped: a row whose `_Function_class_(X)` names the row itself
  is a callback typedef (KDEFERRED_ROUTINE), not a DDI; role types live in
  role-types.tsv.  A DDI declared with another function class
  (ExFreePool is a FREE_FUNCTION) is a DDI and is kept.
- Names that are not function names are skipped: the extractor took the return
  type of some declarations for their name (BOOLEAN, PDEVICE_OBJECT, WDFDEVICE,
  CODE_SEG, size_t).  A DDI name has a lower-case letter (the WDK spells type
  and macro names in capitals) and is not a C type name (`..._t`).
- Rows with an IRQL requirement inside `_When_(...)` are skipped: what they
  require depends on an argument and is hand-written in ddis.tsv
  (`max_irql_when=...`), checked against the documentation.
- Rows with no plain IRQL requirement are skipped (`_IRQL_raises_` alone, or
  only nullness): raises and lock pairs are hand-written in ddis.tsv.
- `_IRQL_requires_max_(L)` gives `max_irql=L`, `_IRQL_requires_(L)` gives
  `max_irql=L min_irql=L`, `_IRQL_requires_min_(L)` gives `min_irql=L`.
  `min_irql=PASSIVE_LEVEL` holds for every caller and is left out.

Levels are written as the loader knows them (PASSIVE_LEVEL, APC_LEVEL,
DISPATCH_LEVEL, DIRQL, HIGH_LEVEL; checker/core/irql.c).  LOW_LEVEL is
PASSIVE_LEVEL and DPC_LEVEL is DISPATCH_LEVEL.  The levels between
DISPATCH_LEVEL and HIGH_LEVEL (CLOCK_LEVEL, IPI_LEVEL, PROFILE_LEVEL, ...) and
the expressions `DISPATCH_LEVEL + N` and `<one of those> - N` become DIRQL,
the checker's one level for that band: a maximum there reports only calls made
at HIGH_LEVEL, so it never reports a call the real level allows.  A numeric
level or any other expression differs by architecture: the row is skipped.

The source column: for kmdf-1.15 rows, the method's documentation page,
https://learn.microsoft.com/windows-hardware/drivers/ddi/<header>/nf-<header>-<name>
(header without `.h`, name in lower case); for reactos-xdk rows,
`annotations:reactos-xdk/<header>`.  The documentation page is the authority:
where it disagrees with these rows, ddis.tsv carries the documented value, and
a name in ddis.tsv overrides its row here (rules/contracts/README.md).
"""
import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "rules" / "contracts" / "ddi-irql.tsv"

EXACT_LEVELS = {
    "PASSIVE_LEVEL": "PASSIVE_LEVEL",
    "LOW_LEVEL": "PASSIVE_LEVEL",
    "APC_LEVEL": "APC_LEVEL",
    "DISPATCH_LEVEL": "DISPATCH_LEVEL",
    "DPC_LEVEL": "DISPATCH_LEVEL",
    "DIRQL": "DIRQL",
    "HIGH_LEVEL": "HIGH_LEVEL",
}
# Named levels above DISPATCH_LEVEL and below HIGH_LEVEL on every architecture.
DEVICE_BAND = {"CMCI_LEVEL", "PROFILE_LEVEL", "CLOCK_LEVEL", "CLOCK1_LEVEL", "CLOCK2_LEVEL", "IPI_LEVEL",
               "POWER_LEVEL", "SYNCH_LEVEL"}

IRQL_REQUIREMENTS = ("_IRQL_requires_max_", "_IRQL_requires_min_", "_IRQL_requires_")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
DOCS = "https://learn.microsoft.com/windows-hardware/drivers/ddi"

# Reasons a row is skipped, in the order they are tested.
ROLE_TYPE = "role type (_Function_class_ of its own name)"
NOT_A_FUNCTION = "not a function name"
WHEN = "IRQL requirement under _When_ (hand-written in ddis.tsv)"
NO_IRQL = "no plain IRQL requirement"
UNMAPPED = "IRQL level with no architecture-independent meaning"
UNPARSED = "annotations that do not parse"


class Skip(Exception):
    """A row that does not become a contract; the message is the reason."""


def split_annotations(text):
    """Splits the annotations column into (name, argument text or None) pairs
    at the top level; parentheses are balanced, string literals skipped."""
    items = []
    position = 0
    while True:
        while position < len(text) and text[position] == " ":
            position += 1
        if position == len(text):
            return items
        match = IDENTIFIER.match(text, position)
        if not match:
            raise Skip(UNPARSED)
        name = match.group(0)
        position = match.end()
        look = position
        while look < len(text) and text[look] == " ":
            look += 1
        if look == len(text) or text[look] != "(":
            items.append((name, None))
            continue
        depth = 0
        start = look + 1
        in_string = False
        for index in range(look, len(text)):
            char = text[index]
            if in_string:
                in_string = char != '"'
            elif char == '"':
                in_string = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    items.append((name, text[start:index].strip()))
                    position = index + 1
                    break
        else:
            raise Skip(UNPARSED)


def map_level(expression):
    """The loader's name for an IRQL expression of the annotations."""
    tokens = expression.split()
    if len(tokens) == 1 and tokens[0] in EXACT_LEVELS:
        return EXACT_LEVELS[tokens[0]]
    if len(tokens) == 1 and tokens[0] in DEVICE_BAND:
        return "DIRQL"
    if len(tokens) == 3 and tokens[2].isdigit() and int(tokens[2]) > 0:
        base, operator = tokens[0], tokens[1]
        if base == "DISPATCH_LEVEL" and operator == "+":
            return "DIRQL"
        if base in DEVICE_BAND and operator == "-":
            return "DIRQL"
    raise Skip(UNMAPPED)


def is_function_name(name):
    return IDENTIFIER.fullmatch(name) is not None and any(c.islower() for c in name) and not name.endswith("_t")


def contract_facts(name, annotations):
    """The facts column for one data row, or raises Skip."""
    items = split_annotations(annotations)
    for key, argument in items:
        if key == "_Function_class_" and argument == name:
            raise Skip(ROLE_TYPE)
    if not is_function_name(name):
        raise Skip(NOT_A_FUNCTION)
    for key, argument in items:
        if key == "_When_" and any(requirement in argument for requirement in IRQL_REQUIREMENTS):
            raise Skip(WHEN)
    maxima, minima = set(), set()
    for key, argument in items:
        if key == "_IRQL_requires_max_":
            maxima.add(map_level(argument))
        elif key == "_IRQL_requires_min_":
            minima.add(map_level(argument))
        elif key == "_IRQL_requires_":
            level = map_level(argument)
            maxima.add(level)
            minima.add(level)
    if len(maxima) > 1 or len(minima) > 1:
        raise Skip(UNPARSED)
    minima.discard("PASSIVE_LEVEL")
    facts = [f"max_irql={level}" for level in maxima] + [f"min_irql={level}" for level in minima]
    if not facts:
        raise Skip(NO_IRQL)
    return " ".join(facts)


def source_of(name, origin, header):
    stem = header[:-2] if header.endswith(".h") else header
    if origin == "kmdf-1.15":
        return f"{DOCS}/{stem}/nf-{stem}-{name.lower()}"
    if origin == "reactos-xdk":
        return f"annotations:reactos-xdk/{header}"
    raise ValueError(f"unknown source '{origin}' for '{name}'")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="ddi-irql-annotations.tsv")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                        help="where to write the table (default: rules/contracts/ddi-irql.tsv)")
    args = parser.parse_args()

    rows = {}
    skipped = Counter()
    for line_number, line in enumerate(args.data.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            sys.exit(f"{args.data}:{line_number}: error: expected 4 tab-separated columns")
        name, annotations, origin, header = fields
        try:
            facts = contract_facts(name, annotations)
        except Skip as reason:
            skipped[str(reason)] += 1
            continue
        if name in rows:
            sys.exit(f"{args.data}:{line_number}: error: second row for '{name}'")
        rows[name] = (facts, source_of(name, origin, header))

    lines = [
        "# Generated by scripts/import-irql-contracts.py from ddi-irql-annotations.tsv: do not edit;",
        "# change the script or add a row to ddis.tsv, which overrides a row of the same name here.",
        "# Columns (tab separated): name, facts, source (README.md beside this file).",
    ]
    lines += [f"{name}\t{facts}\t{source}" for name, (facts, source) in sorted(rows.items())]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(f"imported {len(rows)} rows into {args.output}", file=sys.stderr)
    for reason, count in sorted(skipped.items(), key=lambda item: (-item[1], item[0])):
        print(f"skipped {count}: {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
