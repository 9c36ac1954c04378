// The one input box of "Run OData Query…": it takes what a query file has after '?' ($filter=…&$top=5; a bare
// condition is the $filter), checked on every keystroke before anything is sent, with a prompt
// that names what can come next. Enter with an error keeps the box open; the text is never lost. A problem with
// a quick fix (events without $top) offers it as a light-bulb button.
import * as vscode from 'vscode';
import type { RouteInfo } from '../../core/queryLanguage/routes';
import type { QuickFix } from '../../core/queryLanguage/checkQueryText';
import type { Entity } from '../../core/odata/schema';
import { loadQuery } from './loadQuery';

export interface AskQueryOptions {
  /** The list path the options are for: /products, /cars/7/events … */
  path: string;
  route: RouteInfo;
  value: string;
  /** A message from the last attempt (e.g. the server's 400), shown until the text changes. */
  message?: string;
}

/** Written as a query file writes them after '?', the one form History and the results show. */
const EXAMPLES: Partial<Record<Entity, string>> = {
  product: "$filter=type eq 'flinkey IQ' and dongleTerminationTimeStamp eq null&$orderby=serialNumber desc&$top=20",
  service: "$filter=isTerminated eq false and startswith(name,'Go')&$orderby=name&$top=50",
  car: "$filter=brand eq 'BMW' and licensePlate ne null&$orderby=name&$top=20",
  user: "$filter=endswith(emailAddress,'@example.com')&$orderby=userData/lastName&$top=20",
  event: "$filter=type eq 'CarOpened'&$orderby=utcDateTime desc&$top=50",
  assignment: '$filter=end eq null&$orderby=start desc',
};

/** The route of a path the box can edit (a list), else undefined. */
export function listRouteOf(path: string): RouteInfo | undefined {
  const m = loadQuery().matchPath(path.trim());
  return 'route' in m && m.route.list ? m.route : undefined;
}

/** The accepted text, or undefined when the box was dismissed. */
export function askQuery(opts: AskQueryOptions): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t('flinkey: Run OData Query on {0}', opts.path);
  box.placeholder = vscode.l10n.t('{0}   (a condition alone is the $filter)', EXAMPLES[opts.route.entity] ?? '$top=20');
  box.value = opts.value;
  box.ignoreFocusOut = true;
  let serverMessage = opts.message;
  let fix: QuickFix | undefined;

  const update = (): boolean => {
    const feedback = loadQuery().inputFeedback(box.value, opts.route.entity, undefined, {
      requireTop: opts.route.requiresTop,
      accepts: opts.route.options,
    });
    box.prompt = feedback.prompt;
    fix = serverMessage ? undefined : feedback.fix;
    box.buttons = fix ? [{ iconPath: new vscode.ThemeIcon('lightbulb'), tooltip: fix.title }] : [];
    if (serverMessage) {
      box.validationMessage = { message: serverMessage, severity: vscode.InputBoxValidationSeverity.Error };
      return false;
    }
    const message =
      feedback.message && fix
        ? vscode.l10n.t('{0} — quick fix: {1} (the light bulb above)', feedback.message, fix.title)
        : feedback.message;
    box.validationMessage = message
      ? {
          message,
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
      box.onDidTriggerButton(() => {
        if (!fix) return;
        box.value = box.value.slice(0, fix.offset) + fix.newText + box.value.slice(fix.offset + fix.length);
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
