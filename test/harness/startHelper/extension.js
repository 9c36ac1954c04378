// Development-only companion of `npm start` (never packaged): when the launcher hands it the demo
// sandbox's credentials, it signs the explorer in through its public command, so the extension
// itself needs no start-up switch.
const vscode = require('vscode');

async function activate() {
  const raw = process.env.FLINKEY_START_SIGNIN;
  if (!raw) return;
  try {
    await vscode.commands.executeCommand('flinkey.signIn', { ...JSON.parse(raw), staySignedIn: true });
    await vscode.commands.executeCommand('workbench.view.extension.flinkey');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`npm start could not sign in to the demo fleet: ${message}`);
  }
}

function deactivate() {}

module.exports = { activate, deactivate };
