"""What the command-line checks share: run a command, and collect what went wrong instead of
stopping at the first failure, so that one run of a check lists every problem it finds."""

import subprocess

failures = []  # what went wrong, one message each; a check exits 1 if any


def run(args, cwd=None, expect_rc=0, timeout=120):
    """Runs args (the program first); returns its stdout and stderr as text. An exit code other
    than expect_rc (None: any) is a failure, named by the arguments after the program."""
    p = subprocess.run(args, capture_output=True, timeout=timeout, cwd=cwd)
    out = p.stdout.decode("utf-8", errors="replace")
    err = p.stderr.decode("utf-8", errors="replace")
    if expect_rc is not None and p.returncode != expect_rc:
        failures.append(f"{' '.join(args[1:])}: exit code {p.returncode} (expected {expect_rc})\n{err}")
    return out, err


def expect(cond, what):
    """A failure unless cond holds."""
    if not cond:
        failures.append(what)
