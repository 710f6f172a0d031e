-- Neovim 0.7 API (vim.lsp.start_client); docs/ide.md gives the 0.11 vim.lsp.config form.
local jar = os.getenv("STACKCHECK_JAR")
local client_id = vim.lsp.start_client({
  name = "stackcheck",
  cmd = { "java", "-jar", jar, "lsp" },
  root_dir = "/tmp/nvimtest",
  workspace_folders = { { uri = "file:///tmp/nvimtest", name = "nvimtest" } },
})
vim.api.nvim_create_autocmd("FileType", { pattern = "java", callback = function(args)
  vim.lsp.buf_attach_client(args.buf, client_id)
end })
