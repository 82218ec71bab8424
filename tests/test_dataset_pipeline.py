"""Bad inputs stop the build with a clear message and write nothing; good inputs rebuild identically."""

import functools
import shutil

import pytest

from xmgov import paths
from xmgov import datapackage as pipeline
from xmgov.dataset import core
from xmgov.dataset.errors import DatasetError


@pytest.fixture
def annotations(tmp_path):
    folder = tmp_path / "annotations"
    shutil.copytree(paths.ANNOTATIONS, folder)
    return folder


def stages(folder):
    return [functools.partial(core.build, annotations=folder)]


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_two_builds_are_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    pipeline.build_into(a)
    pipeline.build_into(b)
    assert pipeline._differences(a, b) == []
    assert all(b"\r\n" not in p.read_bytes() for p in a.rglob("*") if p.is_file())


def test_processed_data_is_up_to_date():
    assert pipeline.main(["--check"]) == 0


def test_check_reports_a_stale_file(tmp_path):
    target = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, target)
    append(target / "metrics.csv", "M999,G01,x,0,1,1,件,exact,,,output,,,,,,,rule,\n")
    assert any("metrics.csv" in d for d in pipeline.check(target))


def test_annotation_for_a_missing_entry_is_an_error(annotations):
    append(annotations / "metrics.yaml", "\n  - {entry_id: Z99, span: 9件, reason: test}\n")
    with pytest.raises(DatasetError, match="Z99.*does not exist"):
        core.build(paths.PROCESSED.parent / "unused", annotations=annotations)


def test_entry_annotated_twice_is_an_error(annotations):
    append(annotations / "entries.yaml", 'G01: {label_en: "again"}\n')
    with pytest.raises(DatasetError, match="duplicated key 'G01'"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_entry_without_label_is_an_error(annotations):
    path = annotations / "entries.yaml"
    path.write_text("\n".join(l for l in path.read_text(encoding="utf-8").split("\n") if not l.startswith("C25")),
                    encoding="utf-8")
    with pytest.raises(DatasetError, match=r"no label_en for entries \['C25'\]"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_unknown_alias_is_an_error(annotations):
    path = annotations / "external_units.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("units: [市资源规划局]", "units: [{written: 市资源规划局, alias: 市资源局}]"),
                    encoding="utf-8")
    with pytest.raises(DatasetError, match="bullet 38.*unknown agency alias '市资源局'"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_unparseable_number_in_an_override_is_an_error(annotations):
    path = annotations / "metrics.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    value: 18\n", "    value: 十八\n"), encoding="utf-8")
    with pytest.raises(DatasetError, match="metrics.yaml add #3 value: unparseable number '十八'"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_override_span_not_in_the_entry_is_an_error(annotations):
    append(annotations / "claims.yaml", "add:\n  - {entry_id: G01, span: 全国首创, claim_type: novelty, "
                                        "level: national, reason: test}\n")
    with pytest.raises(DatasetError, match="'全国首创' not found"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_a_failed_build_writes_nothing(annotations, tmp_path):
    target = tmp_path / "processed"
    shutil.copytree(paths.PROCESSED, target)
    def snapshot():
        return {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}

    before = snapshot()
    append(annotations / "metrics.yaml", "\n  - {entry_id: Z99, span: 9件, reason: test}\n")
    with pytest.raises(DatasetError):
        pipeline.rebuild(target, stages(annotations))
    assert snapshot() == before


def test_undecided_number_is_an_error(annotations):
    path = annotations / "metrics.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - entry_id: P29\n    span: 9大服务")
    end = text.index("drop:") if text.index("drop:") > start else len(text)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(DatasetError, match=r"entry P29.*number '9'.*neither a metric nor excluded"):
        pipeline.build_into(annotations.parent, stages(annotations))


def test_main_reports_errors_without_a_traceback(monkeypatch, capsys):
    def broken(workdir):
        raise DatasetError("data/annotations/metrics.yaml add #1", "unparseable number 'x'")

    monkeypatch.setattr(pipeline, "STAGES", [broken])
    assert pipeline.main([]) == 2
    assert "unparseable number 'x'" in capsys.readouterr().err
