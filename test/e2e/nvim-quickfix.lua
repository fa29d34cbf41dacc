-- Drives real headless Neovim 0.7+ as an LSP client of followup-lint-language-server:
-- open a draft, wait for the server's diagnostics, pick a quick fix through Neovim's own
-- code-action path (vim.lsp.buf.code_action → vim.ui.select → apply the workspace edit), save.
-- Inputs come from the environment; the outcome is written as JSON to $RESULT.
-- Run: nvim --headless --clean -u NONE -c "luafile test/e2e/nvim-quickfix.lua"
local env = vim.env
local result = { diagnostics = {}, titles = {} }

local function finish(err)
  if err then result.error = tostring(err) end
  local f = assert(io.open(env.RESULT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
  vim.cmd(err and 'cquit! 1' or 'qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.DRAFT))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'followup-lint',
    cmd = { env.NODE, env.SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(env.DRAFT, ':h'),
    init_options = { followupLint = { debounce = 0, now = env.NOW } },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- Poll with a deadline until the server's diagnostics arrive (no fixed sleeps).
  assert(vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics')
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { code = d.code, source = d.source, lnum = d.lnum, col = d.col })
    if d.code == env.RULE and not target then target = d end
  end
  assert(target, 'no ' .. env.RULE .. ' diagnostic')

  -- Neovim's own path: cursor on the diagnostic, code_action(), our choice made in vim.ui.select.
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(result.titles, action.title)
      if not chosen and action.title:find(env.TITLE, 1, true) then
        chosen = true
        result.chosen = action.title
        on_choice(item)
      end
    end
    if not chosen then on_choice(nil) end
  end
  local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  vim.lsp.buf.code_action()
  assert(vim.wait(20000, function()
    return chosen and table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') ~= before
  end, 20), 'the code action did not change the buffer')

  vim.cmd('write')
  -- The server sees the edit (didChange) and re-lints: the fixed diagnostic is gone.
  assert(vim.wait(20000, function()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do if d.code == env.RULE then n = n + 1 end end
    result.remaining = n
    return n < tonumber(env.COUNT)
  end, 20), 'diagnostics were not refreshed after the fix')
end)
finish(not ok and err or nil)
