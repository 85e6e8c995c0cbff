"""Configuration: defaults, building from mappings, layering, and the one-line errors of misuse."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from textguard.config import Config, load_config
from textguard.errors import ConfigError
from textguard.findings import KINDS, Severity

from .articles import assert_one_line

#: Every field of Config is a key, listed in the order the message lists them.
KNOWN_KEYS = ", ".join(sorted(f.name for f in dataclasses.fields(Config)))


# --- defaults -----------------------------------------------------------------------------------


def test_defaults() -> None:
    config = Config()
    assert config.fail_on is Severity.ERROR
    assert config.disabled == frozenset()
    assert dict(config.severities) == {}
    assert config.body_starts_with is None
    assert config.body_ends_with is None
    assert config.match_threshold == 55.0
    assert config.truncation_tolerance == 0.08
    assert config.footer_patterns == ()
    assert config.credit_patterns == ()


def test_from_empty_mapping_is_the_default() -> None:
    assert Config.from_mapping({}) == Config()


def test_config_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Config().fail_on = Severity.INFO  # type: ignore[misc]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Config(Severity.WARNING)  # type: ignore[misc]


def test_severity_of_uses_override_else_default() -> None:
    config = Config.from_mapping({"severities": {"content-added": "error"}})
    assert config.severity_of("content-added", Severity.WARNING) is Severity.ERROR
    assert config.severity_of("stray-footer", Severity.WARNING) is Severity.WARNING


# --- from_mapping -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "attribute", "expected"),
    [
        ("fail_on", "warning", "fail_on", Severity.WARNING),
        ("fail-on", "warning", "fail_on", Severity.WARNING),
        ("fail_on", "INFO", "fail_on", Severity.INFO),
        ("disabled", ["content-added", "truncated"], "disabled", frozenset({"content-added", "truncated"})),
        ("disabled", [], "disabled", frozenset()),
        ("severities", {"stray-footer": "info"}, "severities", {"stray-footer": Severity.INFO}),
        ("body_starts_with", "The council", "body_starts_with", "The council"),
        ("body-starts-with", "The council", "body_starts_with", "The council"),
        ("body_ends_with", "in the spring.", "body_ends_with", "in the spring."),
        ("body-ends-with", "in the spring.", "body_ends_with", "in the spring."),
        ("match_threshold", 70, "match_threshold", 70.0),
        ("match-threshold", 0, "match_threshold", 0.0),
        ("match_threshold", 100.0, "match_threshold", 100.0),
        ("truncation_tolerance", 0.25, "truncation_tolerance", 0.25),
        ("truncation-tolerance", 0, "truncation_tolerance", 0.0),
        ("footer_patterns", [r"^Read more", r"\d+ Comm"], "footer_patterns", (r"^Read more", r"\d+ Comm")),
        ("footer-patterns", [], "footer_patterns", ()),
        ("credit_patterns", [r"Reuters/\w+"], "credit_patterns", (r"Reuters/\w+",)),
        ("credit-patterns", [r"AP Photo"], "credit_patterns", (r"AP Photo",)),
    ],
    ids=[
        "fail_on",
        "fail-on",
        "fail_on-upper-case",
        "disabled",
        "disabled-empty",
        "severities",
        "body_starts_with",
        "body-starts-with",
        "body_ends_with",
        "body-ends-with",
        "match_threshold-int",
        "match-threshold-zero",
        "match_threshold-hundred",
        "truncation_tolerance",
        "truncation-tolerance-zero",
        "footer_patterns",
        "footer-patterns-empty",
        "credit_patterns",
        "credit-patterns",
    ],
)
def test_from_mapping_sets_each_key(key: str, value: Any, attribute: str, expected: Any) -> None:
    config = Config.from_mapping({key: value})
    actual = getattr(config, attribute)
    assert actual == expected
    assert type(actual) is type(expected)
    # Every other option keeps its default.
    for name in Config.__dataclass_fields__:
        if name != attribute:
            assert getattr(config, name) == getattr(Config(), name), name


def test_from_mapping_with_every_key_at_once() -> None:
    config = Config.from_mapping(
        {
            "fail-on": "warning",
            "disabled": ["meaning-flipped"],
            "severities": {"content-added": "error", "inline-credit": "info"},
            "body_starts_with": "The council",
            "body-ends-with": "spring.",
            "match_threshold": 60,
            "truncation-tolerance": 0.1,
            "footer_patterns": ["Subscribe"],
            "credit-patterns": ["Getty Images"],
        }
    )
    assert config == Config(
        fail_on=Severity.WARNING,
        disabled=frozenset({"meaning-flipped"}),
        severities={"content-added": Severity.ERROR, "inline-credit": Severity.INFO},
        body_starts_with="The council",
        body_ends_with="spring.",
        match_threshold=60.0,
        truncation_tolerance=0.1,
        footer_patterns=("Subscribe",),
        credit_patterns=("Getty Images",),
    )


def test_every_kind_may_be_disabled_or_overridden() -> None:
    config = Config.from_mapping({"disabled": list(KINDS), "severities": {k: "info" for k in KINDS}})
    assert config.disabled == frozenset(KINDS)
    assert set(config.severities) == set(KINDS)


# --- merged -------------------------------------------------------------------------------------


def test_merged_later_layer_wins() -> None:
    base = Config.from_mapping({"fail_on": "warning", "match_threshold": 60, "disabled": ["truncated"]})
    merged = base.merged({"fail-on": "error", "disabled": ["content-added"]})
    assert merged.fail_on is Severity.ERROR
    assert merged.disabled == frozenset({"content-added"})  # a list replaces, it does not add up
    assert merged.match_threshold == 60.0  # untouched keys keep the earlier layer's value


def test_merged_severities_merge_per_kind() -> None:
    base = Config.from_mapping({"severities": {"content-added": "error", "stray-header": "info"}})
    merged = base.merged({"severities": {"stray-header": "warning", "truncated": "info"}})
    assert dict(merged.severities) == {
        "content-added": Severity.ERROR,
        "stray-header": Severity.WARNING,
        "truncated": Severity.INFO,
    }


def test_merged_does_not_change_the_base() -> None:
    base = Config.from_mapping({"severities": {"content-added": "error"}})
    base.merged({"severities": {"content-added": "info"}, "fail_on": "warning"})
    assert dict(base.severities) == {"content-added": Severity.ERROR}
    assert base.fail_on is Severity.ERROR


def test_merged_three_layers() -> None:
    config = (
        Config()
        .merged({"match_threshold": 40}, where="pyproject.toml")
        .merged({"match_threshold": 50, "fail_on": "warning"}, where="--config")
        .merged({"match_threshold": 70}, where="article.toml")
    )
    assert (config.match_threshold, config.fail_on) == (70.0, Severity.WARNING)


def test_merged_with_empty_mapping_is_unchanged() -> None:
    base = Config.from_mapping({"fail_on": "warning", "severities": {"truncated": "info"}})
    assert base.merged({}) == base


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["fail_onn", "Fail_On", "ignore", "tool"], ids=["typo", "case", "unknown", "tool"]
)
def test_unknown_key_names_the_key_and_lists_known_keys(key: str) -> None:
    with pytest.raises(ConfigError) as exc:
        Config.from_mapping({key: 1}, where="pyproject.toml")
    assert_one_line(exc, "pyproject.toml", f"unknown key {key!r}", f"known keys are {KNOWN_KEYS}")


def test_unknown_key_error_is_raised_by_merged_too() -> None:
    with pytest.raises(ConfigError, match="article.toml: unknown key 'colour'"):
        Config().merged({"colour": "red"}, where="article.toml")


@pytest.mark.parametrize(
    ("key", "value", "needles"),
    [
        ("fail_on", "fatal", ["fail_on", "unknown severity 'fatal'", "info, warning, error"]),
        ("fail-on", 2, ["fail-on", "unknown severity 2"]),
        ("fail_on", ["error"], ["fail_on", "unknown severity"]),
        ("disabled", "truncated", ["disabled must be a list of finding kinds", "'truncated'"]),
        ("disabled", {"truncated": True}, ["disabled must be a list of finding kinds"]),
        ("disabled", 3, ["disabled must be a list of finding kinds"]),
        ("severities", ["truncated"], ["severities must be a table"]),
        ("severities", "error", ["severities must be a table"]),
        ("severities", {"truncated": "fatal"}, ["severities", "unknown severity 'fatal'"]),
        ("body_starts_with", 3, ["body_starts_with must be a non-empty string", "not 3"]),
        ("body_starts_with", "", ["body_starts_with must be a non-empty string"]),
        ("body-ends-with", "   ", ["body-ends-with must be a non-empty string"]),
        ("body_ends_with", ["x"], ["body_ends_with must be a non-empty string"]),
        ("match_threshold", "high", ["match_threshold must be a number", "'high'"]),
        ("match_threshold", True, ["match_threshold must be a number", "True"]),
        ("truncation_tolerance", "0.1", ["truncation_tolerance must be a number"]),
        ("truncation-tolerance", None, ["truncation-tolerance must be a number"]),
        ("footer_patterns", "Subscribe", ["footer_patterns must be a list of regular expressions"]),
        ("footer_patterns", ["ok", 3], ["footer_patterns must be a list of strings"]),
        ("credit-patterns", {"a": "b"}, ["credit-patterns must be a list of regular expressions"]),
        ("credit_patterns", [None], ["credit_patterns must be a list of strings"]),
    ],
    ids=[
        "fail_on-unknown-name",
        "fail-on-int",
        "fail_on-list",
        "disabled-string",
        "disabled-table",
        "disabled-int",
        "severities-list",
        "severities-string",
        "severities-bad-severity",
        "body_starts_with-int",
        "body_starts_with-empty",
        "body-ends-with-blank",
        "body_ends_with-list",
        "match_threshold-string",
        "match_threshold-bool",
        "truncation_tolerance-string",
        "truncation-tolerance-none",
        "footer_patterns-string",
        "footer_patterns-non-string-item",
        "credit-patterns-table",
        "credit_patterns-none-item",
    ],
)
def test_wrong_type_or_value_names_the_source_and_key(key: str, value: Any, needles: list[str]) -> None:
    with pytest.raises(ConfigError) as exc:
        Config.from_mapping({key: value}, where="cfg.toml")
    assert_one_line(exc, f"cfg.toml: {key}", *needles)


@pytest.mark.parametrize(
    ("data", "needles"),
    [
        ({"disabled": ["content-addded"]}, ["disabled", "unknown finding kind 'content-addded'"]),
        ({"severities": {"footer": "info"}}, ["severities", "unknown finding kind 'footer'"]),
        ({"match_threshold": -1}, ["match_threshold must be between 0 and 100", "-1"]),
        ({"match_threshold": 100.5}, ["match_threshold must be between 0 and 100", "100.5"]),
        ({"match_threshold": float("nan")}, ["match_threshold must be between 0 and 100", "nan"]),
        ({"truncation_tolerance": 1}, ["truncation_tolerance must be in [0, 1)", "1"]),
        ({"truncation_tolerance": -0.01}, ["truncation_tolerance must be in [0, 1)", "-0.01"]),
        ({"footer_patterns": ["(unclosed"]}, ["footer_patterns: invalid regular expression '(unclosed'"]),
        ({"credit_patterns": ["ok", "[z-a]"]}, ["credit_patterns: invalid regular expression '[z-a]'"]),
    ],
    ids=[
        "disabled-unknown-kind",
        "severities-unknown-kind",
        "match_threshold-negative",
        "match_threshold-over-100",
        "match_threshold-nan",
        "truncation_tolerance-one",
        "truncation_tolerance-negative",
        "footer_patterns-bad-regex",
        "credit_patterns-bad-regex",
    ],
)
def test_bad_values_are_refused(data: dict[str, Any], needles: list[str]) -> None:
    with pytest.raises(ConfigError) as exc:
        Config.from_mapping(data)
    assert_one_line(exc, *needles)


def test_unknown_kind_error_lists_the_kinds() -> None:
    with pytest.raises(ConfigError) as exc:
        Config.from_mapping({"disabled": ["nope"]})
    assert_one_line(exc, f"kinds are {', '.join(KINDS)}")


@pytest.mark.parametrize(
    "data",
    [
        {"disabled": ["nope"]},
        {"severities": {"nope": "info"}},
        {"match_threshold": 200},
        {"truncation_tolerance": 2},
        {"footer_patterns": ["("]},
    ],
    ids=["disabled-kind", "severities-kind", "match_threshold", "truncation_tolerance", "regex"],
)
def test_bad_values_name_the_source(data: dict[str, Any]) -> None:
    with pytest.raises(ConfigError, match="^cfg.toml: "):
        Config.from_mapping(data, where="cfg.toml")


def test_config_error_is_a_textguard_error() -> None:
    from textguard.errors import TextguardError

    assert issubclass(ConfigError, TextguardError)


@pytest.mark.parametrize(
    ("options", "verdict"),
    [({"fail_on": "info"}, "fail"), ({"severities": {"stray-footer": "info"}}, "pass")],
    ids=["fail_on-string", "severities-strings"],
)
def test_keyword_options_given_as_strings_are_coerced_or_refused(
    options: dict[str, Any], verdict: str
) -> None:
    import textguard

    try:
        config = Config(**options)
    except ConfigError:
        return  # refusing up front is fine too
    original = "The council met on Tuesday.\n\nIt voted to extend the night bus.\n"
    report = textguard.check(original, original + "\n12 Comments\n", config=config)
    assert report.verdict == verdict
    assert report.to_dict()["findings"][0]["kind"] == "stray-footer"


# --- load_config --------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


OPTIONS_TOML = """\
fail-on = "warning"
disabled = ["meaning-flipped"]
match_threshold = 65
severities = { "content-added" = "error" }
footer_patterns = ['\\d+ Comments']
"""

PYPROJECT_HEAD = '[project]\nname = "x"\n\n[tool.black]\nline-length = 88\n\n'

EXPECTED = Config(
    fail_on=Severity.WARNING,
    disabled=frozenset({"meaning-flipped"}),
    match_threshold=65.0,
    severities={"content-added": Severity.ERROR},
    footer_patterns=(r"\d+ Comments",),
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", PYPROJECT_HEAD + "[tool.textguard]\n" + OPTIONS_TOML),
        ("textguard.toml", OPTIONS_TOML),
        ("textguard.toml", "# comment\n[textguard]\n" + OPTIONS_TOML),
        ("settings.toml", "[tool.textguard]\n" + OPTIONS_TOML),
        ("textguard.toml", "\ufeff" + OPTIONS_TOML),
    ],
    ids=["pyproject-tool-table", "plain-top-level", "textguard-table", "tool-table-elsewhere", "utf8-bom"],
)
def test_load_config(tmp_path: Path, name: str, content: str) -> None:
    assert load_config(write(tmp_path, name, content)) == EXPECTED


def test_load_config_accepts_a_str_path(tmp_path: Path) -> None:
    assert load_config(str(write(tmp_path, "t.toml", OPTIONS_TOML))) == EXPECTED


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", '[project]\nname = "x"\n'),
        ("pyproject.toml", ""),
        ("textguard.toml", ""),
        ("pyproject.toml", "[tool.ruff]\nline-length = 110\n"),
    ],
    ids=["pyproject-without-table", "empty-pyproject", "empty-toml", "pyproject-other-tools-only"],
)
def test_load_config_without_options_gives_defaults(tmp_path: Path, name: str, content: str) -> None:
    assert load_config(write(tmp_path, name, content)) == Config()


def test_load_config_pyproject_ignores_top_level_keys(tmp_path: Path) -> None:
    # A pyproject.toml's own top level is never read as textguard options.
    path = write(tmp_path, "pyproject.toml", 'fail_on = "warning"\n')
    assert load_config(path) == Config()


@pytest.mark.parametrize(
    ("name", "content", "needles"),
    [
        ("bad.toml", "fail_on = \n", ["is not valid TOML"]),
        ("pyproject.toml", "[tool.textguard\nfail_on='x'\n", ["is not valid TOML"]),
        ("latin1.toml", b'body_starts_with = "Caf\xe9"\n', ["is not UTF-8 text"]),
        ("unknown.toml", "colour = 'red'\n", ["unknown key 'colour'", "known keys are"]),
        ("pyproject.toml", "[tool.textguard]\nfail-on = 'fatal'\n", ["fail-on", "unknown severity 'fatal'"]),
        ("typed.toml", "[textguard]\nmatch_threshold = '60'\n", ["match_threshold must be a number"]),
    ],
    ids=["invalid-toml", "invalid-pyproject", "not-utf8", "unknown-key", "bad-severity", "wrong-type"],
)
def test_load_config_errors_name_the_file(
    tmp_path: Path, name: str, content: str | bytes, needles: list[str]
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert_one_line(exc, str(path), *needles)


def test_load_config_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert_one_line(exc, f"config file {path} does not exist")


def test_load_config_directory(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert_one_line(exc, f"config file {tmp_path} is a directory")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("pyproject.toml", 'tool = "x"\n'),
        ("pyproject.toml", "[tool]\ntextguard = 3\n"),
        ("pyproject.toml", '[tool]\ntextguard = ["fail_on"]\n'),
    ],
    ids=["tool-not-a-table", "tool-textguard-int", "tool-textguard-array"],
)
def test_load_config_non_table_sections_are_config_errors(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert_one_line(exc, str(path))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"entity_variants": [["Kyiv", "Kiev"], ["Centre", "Center", "Ctr"]]},
            (("Kyiv", "Kiev"), ("Centre", "Center", "Ctr")),
        ),
        ({"spacy_model": "en_core_web_sm"}, "en_core_web_sm"),
    ],
    ids=["entity_variants", "spacy_model"],
)
def test_entity_options(data: dict[str, Any], expected: object) -> None:
    config = Config.from_mapping(data)
    assert getattr(config, next(iter(data))) == expected


@pytest.mark.parametrize(
    "data",
    [
        {"entity_variants": "Kyiv"},
        {"entity_variants": [["Kyiv"]]},
        {"entity_variants": [["Kyiv", ""]]},
        {"spacy_model": 3},
    ],
    ids=["not-a-list", "a-group-of-one", "empty-name", "model-not-a-string"],
)
def test_bad_entity_options_name_the_key(data: dict[str, Any]) -> None:
    key = next(iter(data))
    with pytest.raises(ConfigError, match=rf"^cfg\.toml: {key} must be "):
        Config.from_mapping(data, where="cfg.toml")
