// The one input box of "Run OData Query…": checked on every keystroke before anything is sent, with a prompt
// that names what can come next. Enter with an error keeps the box open; the text is never lost.
import * as vscode from 'vscode';
import type { Entity } from '../../core/odata/schema';
import { loadQuery } from './loadQuery';

export interface AskQueryOptions {
  collection: 'products' | 'services';
  entity: Entity;
  value: string;
  /** A message from the last attempt (e.g. the server's 400), shown until the text changes. */
  message?: string;
}

const EXAMPLES: Record<'products' | 'services', string> = {
  products: "type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null &$orderby=serialNumber desc &$top=20",
  services: "isTerminated eq false and startswith(name,'Go') &$orderby=name &$top=50",
};

/** The accepted text, or undefined when the box was dismissed. */
export function askQuery(opts: AskQueryOptions): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = `flinkey: Run OData Query on /${opts.collection}`;
  box.placeholder = `${EXAMPLES[opts.collection]}   (or $filter=…&$select=…&$skip=…)`;
  box.value = opts.value;
  box.ignoreFocusOut = true;
  let serverMessage = opts.message;

  const update = (): boolean => {
    const feedback = loadQuery().inputFeedback(box.value, opts.entity);
    box.prompt = feedback.prompt;
    if (serverMessage) {
      box.validationMessage = { message: serverMessage, severity: vscode.InputBoxValidationSeverity.Error };
      return false;
    }
    box.validationMessage = feedback.message
      ? {
          message: feedback.message,
          severity: feedback.severity === 'error' ? vscode.InputBoxValidationSeverity.Error : vscode.InputBoxValidationSeverity.Warning,
        }
      : undefined;
    return feedback.severity !== 'error';
  };

  return new Promise((resolve) => {
    let done = false;
    const finish = (value: string | undefined) => {
      if (done) return;
      done = true;
      for (const s of subscriptions) s.dispose();
      box.dispose();
      resolve(value);
    };
    const subscriptions = [
      box.onDidChangeValue(() => {
        serverMessage = undefined;
        update();
      }),
      box.onDidAccept(() => {
        if (update()) finish(box.value);
      }),
      box.onDidHide(() => finish(undefined)),
    ];
    update();
    box.show();
  });
}
