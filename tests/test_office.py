"""Old Word .doc / WPS files through LibreOffice headless, and an OFD package without a document refused with what to do."""
from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from retrieval.errors import InputError
from retrieval.load import load_notice

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "corpus" / "tj-dongli-district-2022-inspection-rectification.txt"


@pytest.fixture(scope="module")
def old_word(tmp_path_factory) -> Path:
    """A real .doc (Word 97 binary) of a seed notice, written by LibreOffice from a .docx."""
    import docx
    folder = tmp_path_factory.mktemp("office")
    document = docx.Document()
    for line in SOURCE.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    document.save(str(folder / "notice.docx"))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "doc",
                    "--outdir", str(folder / "doc"), str(folder / "notice.docx")], check=True, capture_output=True, timeout=180)
    return folder / "doc" / "notice.doc"


@pytest.mark.integration
def test_doc_and_wps_read_like_the_original(old_word, tmp_path):
    original = load_notice(SOURCE)
    assert old_word.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"   # the OLE container of .doc and .wps
    wps = tmp_path / "notice.wps"
    wps.write_bytes(old_word.read_bytes())
    for path in (old_word, wps):
        notice = load_notice(path)
        assert (notice.fmt, notice.encoding) == ("doc", "libreoffice")
        assert notice.text == original.text and notice.title == original.title


def test_doc_without_libreoffice_is_refused_saying_how_to_convert(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20) + b"\xfe\xff\x09\x00" + bytes(2000))
    for command in ("off", "no-such-soffice"):
        with pytest.raises(InputError, match="LibreOffice") as err:
            load_notice(path, libreoffice=command)
        assert "另存为 .docx" in err.value.user_message and "old.doc" in str(err.value)


def test_ofd_without_a_document_is_refused_with_what_to_do(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
        z.writestr("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page/>")
    path = tmp_path / "notice.ofd"
    path.write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="damaged OFD") as err:
        load_notice(path)
    assert "PDF" in err.value.user_message


def test_damaged_doc_is_refused_without_starting_libreoffice(tmp_path, monkeypatch):
    import retrieval.load.office as office
    monkeypatch.setattr(office.subprocess, "run", lambda *a, **k: pytest.fail("LibreOffice started"))
    path = tmp_path / "broken.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    with pytest.raises(InputError, match="damaged") as err:
        load_notice(path)
    assert "损坏" in err.value.user_message
