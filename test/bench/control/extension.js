// The bench's control: the smallest useful extension (one command), activated on start-up like the
// flinkey extension, so the difference in their activation times is what the extension itself costs.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('flinkeyBenchControl.helloWorld', () => vscode.window.showInformationMessage('Hello World!')),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
