// Reading a command's argument: menus pass the row they were opened on, the palette nothing, tests and
// keybindings a plain object such as { name } or { n }. No vscode import.

/** `arg[key]` when the argument is an object, else undefined. */
export function argProperty(arg: unknown, key: string): unknown {
  return arg !== null && typeof arg === 'object' ? (arg as Record<string, unknown>)[key] : undefined;
}

/** `arg[key]` when it is a string. */
export function stringArg(arg: unknown, key: string): string | undefined {
  const value = argProperty(arg, key);
  return typeof value === 'string' ? value : undefined;
}

/** `arg[key]` when it is a number. */
export function numberArg(arg: unknown, key: string): number | undefined {
  const value = argProperty(arg, key);
  return typeof value === 'number' ? value : undefined;
}
