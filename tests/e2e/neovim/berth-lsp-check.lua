-- Attaches Neovim's built-in LSP client to `berth lsp --stdio` on the Dockerfiles named in the
-- environment and reads the diagnostics back. Written for Debian's neovim (0.7: start_client and
-- buf_attach_client; vim.lsp.start only exists from 0.8). Prints "ok - ..." / "not ok - ..." lines and
-- "N passed, N failed" last, then quits with 0 or 1.
local server = vim.split(os.getenv('BERTH_SERVER_CMD'), ' ', { plain = true })
local broken = os.getenv('BERTH_NVIM_BROKEN')
local clean = os.getenv('BERTH_NVIM_CLEAN')
local timeout_ms = 180000
local passed, failed = 0, 0

local function report(ok, name, detail)
  if ok then passed = passed + 1 else failed = failed + 1 end
  io.stdout:write(string.format('%s - %s%s\n', ok and 'ok' or 'not ok', name, detail and (': ' .. detail) or ''))
end

-- Remember every publishDiagnostics the server sends, per URI, before Neovim's own handler runs.
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published[result.uri] = result.diagnostics
  return default_handler(err, result, ctx, config)
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  vim.bo.filetype = 'dockerfile'
  return vim.api.nvim_get_current_buf(), vim.uri_from_fname(vim.fn.fnamemodify(path, ':p'))
end

local client_id = vim.lsp.start_client({
  name = 'berth',
  cmd = server,
  root_dir = vim.fn.fnamemodify(broken, ':p:h'),
  on_exit = function(code) io.stdout:write('berth server exited with code ' .. tostring(code) .. '\n') end,
})
report(client_id ~= nil, 'neovim starts berth lsp --stdio')

local broken_buf, broken_uri = open(broken)
vim.lsp.buf_attach_client(broken_buf, client_id)
local initialized = vim.wait(timeout_ms, function()
  local client = vim.lsp.get_client_by_id(client_id)
  return client ~= nil and client.initialized == true
end, 200)
report(initialized, 'the server answers initialize')
local client = vim.lsp.get_client_by_id(client_id)
report(client ~= nil and client.server_capabilities.textDocumentSync ~= nil, 'the server advertises text document sync')

local got_broken = vim.wait(timeout_ms, function() return published[broken_uri] ~= nil and #published[broken_uri] > 0 end, 200)
report(got_broken, 'diagnostics arrive for a broken Dockerfile')
if got_broken then
  local found = vim.diagnostic.get(broken_buf)
  report(#found > 0, 'neovim shows them as buffer diagnostics', tostring(#found) .. ' diagnostic(s)')
  local first = found[1] or {}
  local code = first.code or (first.user_data and first.user_data.lsp and first.user_data.lsp.code)
  report(code ~= nil and tostring(code) ~= '', 'each carries a rule id as code', tostring(code))
  local expected_line = tonumber(os.getenv('BERTH_NVIM_BROKEN_LINE'))
  local on_line = false
  for _, d in ipairs(found) do if d.lnum == expected_line then on_line = true end end
  report(on_line, 'a diagnostic sits on the broken line', 'line ' .. tostring(expected_line))
  for _, d in ipairs(found) do
    io.stdout:write(string.format('  %d:%d %s %s\n', d.lnum + 1, d.col + 1, tostring(d.code or ''), d.message))
  end
end

local clean_buf, clean_uri = open(clean)
vim.lsp.buf_attach_client(clean_buf, client_id)
local got_clean = vim.wait(timeout_ms, function() return published[clean_uri] ~= nil end, 200)
report(got_clean, 'diagnostics are published for a second file')
if got_clean then
  local errors = vim.diagnostic.get(clean_buf, { severity = vim.diagnostic.severity.ERROR })
  report(#errors == 0, 'a correct Dockerfile has no errors', tostring(#errors) .. ' error(s)')
end

-- Ask the server to shut down the way an editor does, and check it went.
client = vim.lsp.get_client_by_id(client_id)
if client then client.stop() end
local stopped = vim.wait(60000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 200)
report(stopped, 'the server shuts down when neovim asks')

io.stdout:write(string.format('%d passed, %d failed\n', passed, failed))
io.stdout:flush()
vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
