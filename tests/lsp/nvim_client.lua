-- A real LSP client for tests/test_lsp.py: Neovim (0.7) starts `ddicheck --lsp`,
-- opens the test file, edits it without saving, saves, and records what it
-- received.  Run as: nvim --headless --clean -u nvim_client.lua, with
-- DDICHECK_LSP_TEST pointing at a JSON file:
--   {"ddicheck": <binary>, "file": <source>, "root": <folder>,
--    "bug_line": <1-based line of the call>, "result": <where to write the record>}
-- The record (JSON): {"steps": {name: {"diagnostics": vim.diagnostic.get(),
-- "published": the last raw publishDiagnostics params, ...}}, "exit_code", "error"}.
local config = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('DDICHECK_LSP_TEST')), '\n'))
local record = { steps = {} }
local published = {} -- raw publishDiagnostics params, in order
local exit_code = nil
local TIMEOUT = 60000

local function wait_for(what, condition)
  if not vim.wait(TIMEOUT, condition, 20) then
    error('timed out waiting for ' .. what)
  end
end

-- Waits for a publishDiagnostics after the `seen`-th with `count` diagnostics.
local function wait_for_publish(what, seen, count)
  wait_for(what, function()
    local last = published[#published]
    return #published > seen and last ~= nil and #last.diagnostics == count
  end)
end

local function disk_text()
  return table.concat(vim.fn.readfile(config.file), '\n')
end

local function take_step(name, bufnr)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message,
      source = d.source, code = d.code, user_data = d.user_data,
    })
  end
  record.steps[name] = {
    diagnostics = diagnostics,
    published = published[#published],
    publish_count = #published,
    modified = vim.api.nvim_buf_get_option(bufnr, 'modified'),
    disk_has_call = disk_text():find('IoGetDriverDirectory', 1, true) ~= nil,
  }
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'ddicheck',
    cmd = { config.ddicheck, '--lsp' },
    root_dir = config.root,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, handler_config)
        table.insert(published, result)
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, handler_config)
      end,
    },
    on_exit = function(code, _signal) exit_code = code end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.cmd('edit ' .. vim.fn.fnameescape(config.file))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')

  -- 1. Opened: the call is reported (the compile command defines USE_DIRECTORY).
  wait_for_publish('the diagnostics of the opened file', 0, 1)
  take_step('opened', bufnr)

  -- 2. The call removed, not saved: the diagnostics clear.
  local call = vim.api.nvim_buf_get_lines(bufnr, config.bug_line - 1, config.bug_line, true)[1]
  vim.api.nvim_buf_set_lines(bufnr, config.bug_line - 1, config.bug_line, true, { '    /* no call */' })
  wait_for_publish('the diagnostics to clear after the unsaved edit', #published, 0)
  take_step('removed_unsaved', bufnr)

  -- 3. The call back, one line lower, and saved: reported again, at its new line.
  local seen = #published
  vim.api.nvim_buf_set_lines(bufnr, config.bug_line - 1, config.bug_line, true, { '', call })
  vim.cmd('write')
  wait_for_publish('the diagnostics after the save', seen, 1)
  take_step('saved', bufnr)

  -- 4. Stopping the client sends shutdown and exit: the server exits with 0.
  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', function() return exit_code ~= nil end)
  record.exit_code = exit_code
end

local ok, message = xpcall(run, debug.traceback)
if not ok then
  record.error = message
  record.published = published
end
vim.fn.writefile({ vim.fn.json_encode(record) }, config.result)
vim.cmd('qa!')
