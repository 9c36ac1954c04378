"""Pastes texts into an interactive shell through a pseudo-terminal, as a person would, one paste per file,
and prints what the terminal showed. Usage: python3 pasteInShell.py bash|zsh|fish typed|bracketed FILE...

Every command the shell runs is announced as RAN<command> (a DEBUG trap, preexec function or fish_preexec
event), so the caller can tell exactly what a paste ran. A paste goes in as one write: "typed" without
bracketed-paste markers (the shell reads it as typed, line by line), "bracketed" wrapped in them and
followed by Enter.
"""
import os
import pty
import select
import sys
import time

SHELLS = {
    "bash": (["bash", "--norc", "--noprofile", "-i"], "trap 'printf \"RAN<%s>\\n\" \"$BASH_COMMAND\"' DEBUG"),
    # -f: no startup files, so the options are zsh's defaults (no interactivecomments).
    "zsh": (["zsh", "-f", "-i"], "preexec() { printf 'RAN<%s>\\n' \"$1\"; }"),
    "fish": (["fish", "--no-config", "-i"], "function ran --on-event fish_preexec; printf 'RAN<%s>\\n' $argv; end"),
}
MARK = "printf '%s-%s\\n' MARK {0}\n"


def main() -> int:
    name, mode, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    argv, hook = SHELLS[name]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    out = bytearray()

    def read_until(marker: bytes, seconds: float) -> bool:
        deadline = time.time() + seconds
        while time.time() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                out.extend(chunk)
                # A marker printed by printf ends with a newline; the echo of the typed command does not hold it.
                if marker + b"\r\n" in out or marker + b"\n" in out:
                    return True
        return False

    os.write(fd, (hook + "\n").encode())
    os.write(fd, MARK.format("READY").encode())
    ok = read_until(b"MARK-READY", 20)
    start = len(out)
    for i, paste_file in enumerate(files):
        if not ok:
            break
        with open(paste_file, "rb") as f:
            paste = f.read()
        os.write(fd, b"\x1b[200~" + paste + b"\x1b[201~\r" if mode == "bracketed" else paste)
        # Enter once more, in case the paste left the shell waiting for the rest of a line.
        os.write(fd, ("\n" + MARK.format("DONE" + str(i))).encode())
        ok = read_until(b"MARK-DONE" + str(i).encode(), 20)
    os.write(fd, b"\x03\x04exit\n")
    time.sleep(0.2)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    sys.stdout.write(out[start:].decode("utf-8", "replace"))
    return 0 if ok else 3


if __name__ == "__main__":
    sys.exit(main())
