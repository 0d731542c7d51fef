"""scripts/check_readme.py: which README commands it runs, and in what environment."""

import importlib.util
import os
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_readme.py"
spec = importlib.util.spec_from_file_location("check_readme", SCRIPT)
check_readme = sys.modules["check_readme"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_readme)

README = """
Text with `summarize inline` that is not a command.

```bash
bash scripts/install && .venv/bin/summarize seeds/a.txt
bash scripts/test
```

```python
print("not shell")
```

```bash
# a comment line
.venv/bin/summarize mine.html --length headline
.venv/bin/summarize --jsonl seeds/b.jsonl -o out.jsonl \\
    --length paragraph
.venv/bin/summarize-demo --port 8080
```
"""


def test_commands_are_extracted_and_skips_give_a_reason(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("x")
    (tmp_path / "seeds" / "b.jsonl").write_text("{}")
    found = check_readme.commands(README, tmp_path)
    assert [c.line for c in found] == [
        "bash scripts/install && .venv/bin/summarize seeds/a.txt",
        "bash scripts/test",
        ".venv/bin/summarize mine.html --length headline",
        ".venv/bin/summarize --jsonl seeds/b.jsonl -o out.jsonl      --length paragraph",
        ".venv/bin/summarize-demo --port 8080",
    ]
    skipped = {c.line.split()[0] + " " + c.line.split()[1]: c.skip for c in found if c.skip}
    assert set(skipped) == {
        "bash scripts/test",
        ".venv/bin/summarize mine.html",
        ".venv/bin/summarize-demo --port",
    }
    assert "placeholder" in skipped[".venv/bin/summarize mine.html"]
    assert not found[0].skip and not found[3].skip  # out.jsonl is written, not read


def test_commands_run_without_the_virtual_environment_on_path(monkeypatch):
    venv = str(check_readme.ROOT / ".venv" / "bin")
    monkeypatch.setenv("PATH", os.pathsep.join([venv, "/usr/bin"]))
    monkeypatch.setenv("VIRTUAL_ENV", str(check_readme.ROOT / ".venv"))
    env = check_readme.fresh_env()
    assert env["PATH"] == "/usr/bin" and "VIRTUAL_ENV" not in env
