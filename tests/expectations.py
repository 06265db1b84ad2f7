"""Inline expectations in test case sources, read with clang.cindex.

Grammar (in a comment, on the line it is about):
    expect-<warning|note|error>[@<+N|-N|N>] <check-id> {{substring}}
    expect-no-diagnostics

Directives are read from clang comment tokens, so a directive-like string
inside a string literal is never taken for one.
"""
import re
from dataclasses import dataclass
from pathlib import Path

import clang.cindex as cindex

DIRECTIVE = re.compile(
    r"expect-(?P<kind>warning|note|error)(?:@(?P<where>[+-]?\d+))?\s+(?P<check>[a-z0-9-]+)\s+\{\{(?P<text>.*?)\}\}"
)
NO_DIAGNOSTICS = "expect-no-diagnostics"


@dataclass
class Expectation:
    kind: str
    file: str
    line: int
    check: str
    text: str

    def describe(self):
        return f"{self.file}:{self.line}: expected {self.kind} [{self.check}] {{{{{self.text}}}}}"


@dataclass
class Diagnostic:
    kind: str
    file: str
    line: int
    column: int
    check: str
    message: str

    def describe(self):
        return f"{self.file}:{self.line}:{self.column}: unexpected {self.kind} [{self.check}] {self.message}"


def read_expectations(path):
    """Returns (expectations, says_no_diagnostics) for one source file."""
    index = cindex.Index.create()
    # Only the tokens are needed: no include path, so nothing is resolved.
    unit = index.parse(str(path), args=["-nostdinc", "-fsyntax-only", "-w"], options=0)
    expectations = []
    no_diagnostics = False
    for token in unit.get_tokens(extent=unit.cursor.extent):
        if token.kind != cindex.TokenKind.COMMENT:
            continue
        if token.location.file is None or Path(token.location.file.name).resolve() != Path(path).resolve():
            continue
        comment_line = token.location.line
        for offset, text_line in enumerate(token.spelling.splitlines()):
            if NO_DIAGNOSTICS in text_line:
                no_diagnostics = True
            for match in DIRECTIVE.finditer(text_line):
                line = comment_line + offset
                where = match.group("where")
                if where:
                    line = line + int(where) if where[0] in "+-" else int(where)
                expectations.append(
                    Expectation(match.group("kind"), str(Path(path).resolve()), line, match.group("check"),
                                match.group("text")))
    return expectations, no_diagnostics


def diagnostics_from_json(document):
    """Flattens ddicheck's --format=json output into warnings and notes."""
    found = []
    for finding in document["findings"]:
        location = finding["location"]
        found.append(Diagnostic("warning", str(Path(location["file"]).resolve()), location["line"],
                                location["column"], finding["check"], finding["message"]))
        for note in finding["notes"]:
            where = note["location"]
            found.append(Diagnostic("note", str(Path(where["file"]).resolve()), where["line"], where["column"],
                                    finding["check"], note["message"]))
    return found


def match(expectations, diagnostics):
    """Pairs each diagnostic with one expectation; returns what is left on
    either side (both empty when the test passes)."""
    unmet = list(expectations)
    unexpected = []
    for diagnostic in diagnostics:
        for expectation in unmet:
            if (expectation.kind == diagnostic.kind and expectation.file == diagnostic.file
                    and expectation.line == diagnostic.line and expectation.check == diagnostic.check
                    and expectation.text in diagnostic.message):
                unmet.remove(expectation)
                break
        else:
            unexpected.append(diagnostic)
    return unmet, unexpected
