"""`ddicheck --lsp`: the language server, over pipes and with a real client
(Neovim).  Each analysis parses <ntddk.h>, about a second."""
import json
import os
import queue
import shutil
import subprocess
import threading
import time

import pytest

from conftest import ROOT, ddicheck_path, fail_on_sanitizer_report
from test_cli import mingw_flags

INPUTS = ROOT / "tests" / "lsp"
TIMEOUT = 60
CALL = "IoGetDriverDirectory"
DPC_NOTE = "'Dpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL"


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    """ddicheck --lsp on pipes; messages from it are read by a thread."""

    def __init__(self, *args, cwd=None):
        self.process = subprocess.Popen([str(ddicheck_path()), "--lsp", *args], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.messages = queue.Queue()
        self.stderr_chunks = []
        threading.Thread(target=self._read_messages, daemon=True).start()
        self.stderr_reader = threading.Thread(
            target=lambda: self.stderr_chunks.extend(iter(self.process.stderr.readline, b"")), daemon=True)
        self.stderr_reader.start()

    def _read_messages(self):
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, value = line.decode().split(":", 1)
                headers[name.strip().lower()] = value.strip()
            self.messages.put(json.loads(stream.read(int(headers["content-length"]))))

    @property
    def stderr(self):
        return b"".join(self.stderr_chunks).decode(errors="replace")

    def send_raw(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, *messages):
        self.send_raw(b"".join(frame({"jsonrpc": "2.0", **m}) for m in messages))

    def receive(self):
        try:
            message = self.messages.get(timeout=TIMEOUT)
        except queue.Empty:
            pytest.fail(f"no message from the server within {TIMEOUT} s; its stderr:\n{self.stderr}")
        assert message is not None, f"the server closed its output; its stderr:\n{self.stderr}"
        return message

    def receive_response(self, request_id):
        """The response to `request_id`; notifications before it are returned too."""
        before = []
        while True:
            message = self.receive()
            if "method" not in message and message.get("id") == request_id:
                return message, before
            before.append(message)

    def receive_diagnostics(self, uri):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]

    def initialize(self, capabilities=None):
        self.send({"id": 0, "method": "initialize",
                   "params": {"processId": None, "rootUri": None, "capabilities": capabilities or {}}},
                  {"method": "initialized", "params": {}})
        response, _ = self.receive_response(0)
        return response["result"]

    def open(self, path, text, version=1):
        uri = path.as_uri()
        self.send({"method": "textDocument/didOpen",
                   "params": {"textDocument": {"uri": uri, "languageId": "c", "version": version, "text": text}}})
        return uri

    def change(self, uri, text, version):
        self.send({"method": "textDocument/didChange",
                   "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}})

    def finish(self):
        """shutdown and exit; returns the exit status."""
        self.send({"id": "last", "method": "shutdown"})
        response, _ = self.receive_response("last")
        assert response["result"] is None
        self.send({"method": "exit"})
        return self.wait()

    def wait(self):
        try:
            return self.process.wait(timeout=TIMEOUT)
        finally:
            self.close()

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process.stdin.close()
        self.process.stdout.close()
        self.stderr_reader.join(timeout=TIMEOUT)
        fail_on_sanitizer_report(self.stderr, "the language server")


@pytest.fixture
def server():
    started = Server()
    yield started
    started.close()


def driver_folder(folder, defines=("-DUSE_DIRECTORY",)):
    """tests/lsp/flagged_dpc.c in `folder`, with a compile_commands.json next to it."""
    source = folder / "flagged_dpc.c"
    shutil.copy(INPUTS / "flagged_dpc.c", source)
    if defines is not None:
        entry = {"directory": str(folder), "file": str(source),
                 "arguments": ["clang", *mingw_flags(), *defines, "-c", str(source), "-o", "flagged_dpc.o"]}
        (folder / "compile_commands.json").write_text(json.dumps([entry]))
    return source


def call_position(text):
    """The 0-based line of the call, and its column in UTF-16 code units and in bytes."""
    for number, line in enumerate(text.splitlines()):
        if CALL in line:
            before = line[:line.index(CALL)]
            return number, len(before.encode("utf-16-le")) // 2, len(before.encode())
    raise AssertionError("no call in the text")


def test_initialize_shutdown_exit(server):
    result = server.initialize()
    sync = result["capabilities"]["textDocumentSync"]
    assert sync["openClose"] is True and sync["change"] == 1 and "save" in sync
    assert result["capabilities"]["positionEncoding"] == "utf-16"
    assert result["serverInfo"]["name"] == "ddicheck"
    assert server.finish() == 0


def test_exit_without_shutdown_is_status_one(server):
    server.initialize()
    server.send({"method": "exit"})
    assert server.wait() == 1


def test_end_of_input_without_exit_is_status_one(server):
    server.initialize()
    server.process.stdin.close()
    assert server.process.wait(timeout=TIMEOUT) == 1
    assert "without the exit notification" in server.stderr


def test_request_before_initialize_unknown_method_and_after_shutdown(server):
    server.send({"id": 1, "method": "textDocument/hover", "params": {}})
    assert server.receive_response(1)[0]["error"]["code"] == -32002
    server.initialize()
    server.send({"id": 2, "method": "textDocument/hover"})
    response, _ = server.receive_response(2)
    assert response["error"]["code"] == -32601 and "textDocument/hover" in response["error"]["message"]
    server.send({"id": "s", "method": "shutdown"})
    assert server.receive_response("s")[0]["result"] is None
    server.send({"id": 3, "method": "textDocument/hover"})
    assert server.receive_response(3)[0]["error"]["code"] == -32600
    server.send({"method": "exit"})
    assert server.wait() == 0


def test_malformed_input_is_reported_and_survived(server):
    server.initialize()
    server.send_raw(b"this is not a header\r\n\r\n")                  # no Content-Length
    server.send_raw(b"Content-Length: 7\r\n\r\n{oops!}")               # not JSON
    server.send_raw(frame([1, 2, 3]))                                   # not an object
    server.send_raw(frame({"jsonrpc": "2.0", "id": 5, "method": 42}))   # method not a string
    server.send_raw(frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": 1}}))
    server.send({"id": 6, "method": "no/such/method"})
    response, before = server.receive_response(6)
    assert response["error"]["code"] == -32601
    errors = [m["error"]["code"] for m in before]
    assert errors == [-32700, -32600, -32600], before
    assert all(m["id"] is None for m in before[:2])
    assert server.finish() == 0
    assert "without a valid Content-Length" in server.stderr
    assert "malformed message" in server.stderr
    assert "didOpen: params.textDocument needs uri and text" in server.stderr


def test_did_open_publishes_the_finding_with_the_file_compile_command(server, tmp_path):
    source = driver_folder(tmp_path)
    text = source.read_text()
    server.initialize()
    uri = server.open(source, text, version=7)
    params = server.receive_diagnostics(uri)
    assert params["version"] == 7
    [diagnostic] = params["diagnostics"]
    line, character, _ = call_position(text)
    assert diagnostic["range"] == {"start": {"line": line, "character": character},
                                   "end": {"line": line, "character": character + len(CALL)}}
    assert diagnostic["severity"] == 2 and diagnostic["source"] == "ddicheck"
    assert diagnostic["code"] == "irql-too-high"
    assert diagnostic["codeDescription"]["href"] == \
        "https://github.com/ddicheck/ddicheck/blob/main/rules/irql-too-high.md"
    assert diagnostic["message"].startswith(f"'{CALL}' requires IRQL <= PASSIVE_LEVEL")
    [note] = diagnostic["relatedInformation"]
    assert note["message"] == DPC_NOTE
    assert note["location"]["uri"] == uri
    dpc_line = text.splitlines().index("KDEFERRED_ROUTINE Dpc;")
    assert note["location"]["range"]["start"] == {"line": dpc_line, "character": len("KDEFERRED_ROUTINE ")}
    assert server.finish() == 0


def test_without_the_compile_command_the_file_is_clean(server, tmp_path):
    """Without the database's -DUSE_DIRECTORY there is no call: an empty list is published."""
    source = driver_folder(tmp_path, defines=None)
    server.initialize()
    uri = server.open(source, source.read_text())
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    assert server.finish() == 0


def test_a_buffer_never_saved_gets_an_empty_list(server, tmp_path):
    server.initialize()
    uri = server.open(tmp_path / "new.c", (INPUTS / "flagged_dpc.c").read_text())
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    assert server.finish() == 0
    assert "not a file on disk" in server.stderr


def test_utf8_positions_when_the_client_offers_them(server, tmp_path):
    source = driver_folder(tmp_path)
    text = source.read_text()
    result = server.initialize({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
    assert result["capabilities"]["positionEncoding"] == "utf-8"
    uri = server.open(source, text)
    [diagnostic] = server.receive_diagnostics(uri)["diagnostics"]
    line, _, byte_column = call_position(text)
    assert diagnostic["range"]["start"] == {"line": line, "character": byte_column}
    assert server.finish() == 0


def test_did_change_analyses_the_unsaved_text_and_did_close_clears(server, tmp_path):
    source = driver_folder(tmp_path)
    text = source.read_text()
    server.initialize()
    uri = server.open(source, text)
    assert len(server.receive_diagnostics(uri)["diagnostics"]) == 1
    without_call = "\n".join(line for line in text.splitlines() if CALL not in line) + "\n"
    server.change(uri, without_call, 2)
    params = server.receive_diagnostics(uri)
    assert params["diagnostics"] == [] and params["version"] == 2
    shifted = text.replace("#ifdef USE_DIRECTORY", "\n\n#ifdef USE_DIRECTORY")
    server.change(uri, shifted, 3)
    [diagnostic] = server.receive_diagnostics(uri)["diagnostics"]
    assert diagnostic["range"]["start"]["line"] == call_position(shifted)[0]
    server.send({"method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    assert source.read_text() == text
    assert server.finish() == 0


def test_unsaved_nolint_comment_suppresses_the_diagnostic(server, tmp_path):
    """Suppressions are read from the editor's text, as the command line reads them from the file."""
    source = driver_folder(tmp_path)
    text = source.read_text()
    server.initialize()
    uri = server.open(source, text)
    assert len(server.receive_diagnostics(uri)["diagnostics"]) == 1
    lines = text.splitlines()
    number = call_position(text)[0]
    lines[number] += "  // NOLINT(irql-too-high)"
    server.change(uri, "\n".join(lines) + "\n", 2)
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    lines[number] = lines[number].replace("irql-too-high", "unchecked-null-return")
    server.change(uri, "\n".join(lines) + "\n", 3)
    assert len(server.receive_diagnostics(uri)["diagnostics"]) == 1
    assert server.finish() == 0


def test_configuration_checks_and_exclude_apply(server, tmp_path):
    """The .ddicheck.yaml above the file decides, and is read again at each analysis."""
    source = driver_folder(tmp_path)
    text = source.read_text()
    server.initialize()
    config = tmp_path / ".ddicheck.yaml"
    config.write_text("Checks: '-irql-too-high'\n")
    uri = server.open(source, text)
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    config.write_text("Checks: '*'\n")
    server.change(uri, text, 2)
    assert len(server.receive_diagnostics(uri)["diagnostics"]) == 1
    config.write_text("Exclude: ['*.c']\n")
    server.change(uri, text, 3)
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    assert server.finish() == 0


def test_user_contract_from_the_configuration(server, tmp_path):
    source = tmp_path / "own.c"
    source.write_text("#include <ntddk.h>\nvoid MyPassiveOnly(void);\nKDEFERRED_ROUTINE Dpc;\n"
                      "VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n{\n    MyPassiveOnly();\n}\n")
    server.initialize()
    uri = server.open(source, source.read_text())
    assert server.receive_diagnostics(uri)["diagnostics"] == []
    (tmp_path / ".ddicheck.yaml").write_text(
        "Contracts:\n  - Function: MyPassiveOnly\n    MaxIrql: PASSIVE_LEVEL\n")
    server.change(uri, source.read_text(), 2)
    [diagnostic] = server.receive_diagnostics(uri)["diagnostics"]
    assert diagnostic["code"] == "irql-too-high" and diagnostic["range"]["start"]["line"] == 5
    assert server.finish() == 0


def test_a_burst_of_changes_is_analysed_once(server, tmp_path):
    """Changes that arrive together are analysed once, with the last text."""
    source = tmp_path / "burst.c"
    body = "#include <ntddk.h>\nKDEFERRED_ROUTINE Dpc;\nVOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)\n{\n%s}\n"
    source.write_text(body % "")
    server.initialize()
    uri = source.as_uri()
    call = "    HANDLE h; IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h);\n"
    burst = [{"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "c", "version": 1, "text": body % ""}}}]
    burst += [{"method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": body % (call * version)}]}}
        for version in range(2, 6)]
    data = b"".join(frame({"jsonrpc": "2.0", **m}) for m in burst)
    assert len(data) < 4096, "one atomic pipe write, so the server sees the burst at once"
    server.send_raw(data)
    first = server.receive_diagnostics(uri)
    server.send({"id": "last", "method": "shutdown"})
    _, published = server.receive_response("last")
    assert first["version"] == 5 and published == []
    assert len(first["diagnostics"]) == 5
    server.send({"method": "exit"})
    assert server.wait() == 0


def test_msvc_rewrites_start_from_the_unsaved_text(server, tmp_path):
    """An lvalue cast (MSVC accepts it) only in the editor's text: the rewrite
    must edit that text, not the file on disk, for the parse to succeed."""
    source = driver_folder(tmp_path)
    text = source.read_text()
    edited = text.replace("    HANDLE h;", "    PVOID p = b;\n    ((ULONG_PTR)p) = 0;\n    HANDLE h;")
    server.initialize()
    uri = server.open(source, edited)
    [diagnostic] = server.receive_diagnostics(uri)["diagnostics"]
    assert diagnostic["range"]["start"]["line"] == call_position(edited)[0]
    assert server.finish() == 0
    assert "parsed with" not in server.stderr, server.stderr


NVIM = shutil.which("nvim")


def test_neovim_client_end_to_end(tmp_path):
    """Neovim 0.7's built-in client: open (reported, with the database's
    flags), edit without saving (cleared), add back and save (reported)."""
    assert NVIM, "nvim is not installed (Debian package 'neovim'); this test needs it"
    folder = tmp_path / "driver"
    folder.mkdir()
    source = driver_folder(folder)
    text = source.read_text()
    bug_line, utf16_column, byte_column = call_position(text)
    result = tmp_path / "record.json"
    config = tmp_path / "config.json"
    config.write_text(json.dumps({"ddicheck": str(ddicheck_path()), "file": str(source), "root": str(folder),
                                  "bug_line": bug_line + 1, "result": str(result)}))
    environment = dict(os.environ, DDICHECK_LSP_TEST=str(config), XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
                       XDG_CACHE_HOME=str(tmp_path / "cache"))
    started = time.monotonic()
    try:
        nvim = subprocess.run([NVIM, "--headless", "--clean", "-u", str(INPUTS / "nvim_client.lua")],
                              capture_output=True, text=True, timeout=240, env=environment, cwd=tmp_path)
        output = f"nvim exited {nvim.returncode}\nstdout:\n{nvim.stdout}\nstderr:\n{nvim.stderr}"
    except subprocess.TimeoutExpired as expired:
        output = f"nvim timed out\nstdout:\n{expired.stdout}\nstderr:\n{expired.stderr}"
    log = tmp_path / "cache" / "nvim" / "lsp.log"
    output += f"\nlsp.log:\n{log.read_text() if log.exists() else '(none)'}"
    fail_on_sanitizer_report(output, "the language server under Neovim")  # its stderr is in lsp.log
    assert result.exists(), output
    record = json.loads(result.read_text())
    assert "error" not in record, f"{record['error']}\n{record.get('published')}\n{output}"
    print(f"nvim session: {time.monotonic() - started:.1f} s")
    steps = record["steps"]

    [opened] = steps["opened"]["diagnostics"]
    assert opened["code"] == "irql-too-high" and opened["source"] == "ddicheck"
    assert (opened["lnum"], opened["col"]) == (bug_line, byte_column)  # nvim turned UTF-16 back into bytes
    assert opened["end_col"] == byte_column + len(CALL)
    assert f"'{CALL}' requires IRQL <= PASSIVE_LEVEL" in opened["message"]
    lsp = opened["user_data"]["lsp"]
    assert lsp["codeDescription"]["href"].endswith("/rules/irql-too-high.md")
    [note] = lsp["relatedInformation"]
    assert note["message"] == DPC_NOTE and note["location"]["uri"] == source.as_uri()
    [raw] = steps["opened"]["published"]["diagnostics"]
    assert raw["range"]["start"] == {"line": bug_line, "character": utf16_column}

    removed = steps["removed_unsaved"]
    assert removed["diagnostics"] == [] and removed["published"]["diagnostics"] == []
    assert removed["modified"] and removed["disk_has_call"], "the edit must not have been saved yet"

    saved = steps["saved"]
    [again] = saved["diagnostics"]
    assert not saved["modified"] and saved["disk_has_call"]
    assert again["code"] == "irql-too-high" and (again["lnum"], again["col"]) == (bug_line + 1, byte_column)
    assert record["exit_code"] == 0
