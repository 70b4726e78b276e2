"""Prompt templates kept as data files under prompts/ (qa, rewrite, draft), rendered strictly.

A template file holds optional `#` comment lines, then a `[system]` section and
a `[user]` section. Placeholders are `{{name}}`. Rendering refuses a missing
variable, an unknown (unused) variable, a non-string value and a malformed
placeholder; values are inserted in one pass, so braces inside notice text stay
plain data.

Example:
    >>> p = render("rewrite", history="用户：济南城管局整改了哪些问题？", question="那东丽区呢？")
    >>> p.messages()[0][0]
    'system'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from retrieval.errors import ConfigError

PROMPT_DIR = Path(__file__).resolve().parent.parent / "prompts"
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
SECTION = re.compile(r"^\[(system|user)\]\s*$", re.M)


class PromptError(ConfigError):
    """A prompt template is malformed or rendered with the wrong variables."""


@dataclass(frozen=True)
class Template:
    name: str
    system: str
    user: str

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(PLACEHOLDER.findall(self.system + self.user))


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str

    def messages(self) -> list[tuple[str, str]]:
        """(role, content) pairs in the order they are sent: system instructions first."""
        return [("system", self.system), ("user", self.user)]

    def as_text(self) -> str:
        """The whole prompt as one text (golden tests, logs)."""
        return f"[system]\n{self.system}\n[user]\n{self.user}\n"


def parse_template(name: str, raw: str) -> Template:
    """Split a template file into its system and user parts; check the placeholders."""
    parts = SECTION.split(raw)
    head, sections = parts[0], parts[1:]
    if any(line.strip() and not line.lstrip().startswith("#") for line in head.splitlines()):
        raise PromptError(f"prompt {name}: text before [system]", f"提示词模板 {name} 格式错误：[system] 之前有正文。")
    if [sections[i] for i in range(0, len(sections), 2)] != ["system", "user"]:
        raise PromptError(f"prompt {name}: needs exactly [system] then [user]",
                          f"提示词模板 {name} 格式错误：需要依次包含 [system] 和 [user] 两部分。")
    system, user = (sections[i].strip("\n") for i in (1, 3))
    for part in (system, user):
        leftover = PLACEHOLDER.sub("", part)
        if "{{" in leftover or "}}" in leftover:
            raise PromptError(f"prompt {name}: malformed placeholder", f"提示词模板 {name} 中有格式错误的占位符。")
    if not system.strip() or not user.strip():
        raise PromptError(f"prompt {name}: empty section", f"提示词模板 {name} 的某一部分为空。")
    return Template(name, system, user)


@functools.lru_cache(maxsize=16)
def load_template(name: str, folder: Path = PROMPT_DIR) -> Template:
    """The template prompts/<name>.txt (UTF-8)."""
    path = folder / f"{name}.txt"
    if not re.fullmatch(r"[a-z_]+", name) or not path.is_file():
        raise PromptError(f"no prompt template {path}", f"找不到提示词模板 {name}。")
    return parse_template(name, path.read_text(encoding="utf-8"))


def fill(template: Template, values: dict[str, str]) -> Prompt:
    """Render a template; every variable must be given, and nothing else."""
    missing = template.variables - values.keys()
    unknown = values.keys() - template.variables
    if missing or unknown:
        raise PromptError(f"prompt {template.name}: missing {sorted(missing)}, unknown {sorted(unknown)}",
                          f"提示词模板 {template.name} 的变量不匹配。")
    bad = [k for k, v in values.items() if not isinstance(v, str)]
    if bad:
        raise PromptError(f"prompt {template.name}: values must be str: {bad}", f"提示词模板 {template.name} 的变量类型错误。")

    def sub(part: str) -> str:
        return PLACEHOLDER.sub(lambda m: values[m.group(1)], part)
    return Prompt(sub(template.system), sub(template.user))


def render(name: str, **values: str) -> Prompt:
    """Load prompts/<name>.txt and fill it strictly."""
    return fill(load_template(name), values)
