-- Headless Neovim (0.7+) as a second, independent LSP client for the Keyward server.
-- Environment: KEYWARD_SERVER (dist/server.js), KEYWARD_ROOT (workspace folder),
-- KEYWARD_FILE (file to open), KEYWARD_OUT (where to write the diagnostics as JSON).
local server = os.getenv('KEYWARD_SERVER')
local root = os.getenv('KEYWARD_ROOT')
local file = os.getenv('KEYWARD_FILE')
local out = os.getenv('KEYWARD_OUT')

local function finish(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'keyward',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  settings = { keyward = { enable = true } },
  init_options = { scanOnStartup = false },
})
if not client_id then
  finish({ error = 'start_client failed' })
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(15000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)

local items = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(items, {
    source = d.source or lsp.source,
    code = d.code or lsp.code,
    message = d.message,
    lnum = d.lnum,
    col = d.col,
    severity = d.severity,
  })
end
local client = vim.lsp.get_client_by_id(client_id)
finish({ ok = ok, diagnostics = items, server_name = client and client.server_capabilities and 'keyward' or vim.NIL })
