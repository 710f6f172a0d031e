vim.cmd("edit /tmp/nvimtest/rt/Gc.java")
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 200)
for _, d in ipairs(vim.diagnostic.get(0)) do
  print(string.format("Gc.java:%d:%d: [%s] %s", d.lnum + 1, d.col + 1, tostring(d.code), d.message))
  local info = d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation or {}
  for _, r in ipairs(info) do print("   " .. r.message) end
end
-- fix it: run the call through a trampoline-free edit (remove the call) and save
vim.api.nvim_buf_set_lines(0, 3, 4, false, { "    // fixed" })
vim.cmd("write")
local cleared = vim.wait(60000, function() return #vim.diagnostic.get(0) == 0 end, 200)
print("violation shown: " .. tostring(ok) .. "; cleared after the fix: " .. tostring(cleared))
vim.cmd("qall!")
