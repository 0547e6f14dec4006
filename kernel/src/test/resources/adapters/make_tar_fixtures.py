"""Writes the tar fixtures of ArchiveExtractTest with Python's own tarfile (an independent tar writer):
  gnu.tar.gz  GNU format: a 130-character path (GNU 'L' record), a folder, a relative symlink and a hard link.
  pax.tgz     pax format: a non-ASCII 120-character path (pax 'path' record).
  ustar.tar.gz  POSIX ustar: a 125-character path split into the header's prefix and name fields.
Deterministic (fixed mtime, owner and gzip header). Run from this folder: python3 make_tar_fixtures.py
"""
import gzip
import io
import tarfile

LONG = "weights/" + "x" * 110 + "/model.bin"  # 130 characters: beyond ustar's 100-byte name field
UNICODE = "gewichte/" + "ü" * 100 + "/config.json"


def add(tar, name, data=None, kind=tarfile.REGTYPE, link=""):
    info = tarfile.TarInfo(name)
    info.mtime = 1700000000
    info.type = kind
    info.linkname = link
    info.mode = 0o755 if kind == tarfile.DIRTYPE else 0o644
    if data is not None:
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    else:
        tar.addfile(info)


def write(path, fmt, entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=fmt) as tar:
        for e in entries:
            add(tar, *e)
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw.getvalue())


write("gnu.tar.gz", tarfile.GNU_FORMAT, [
    ("weights", None, tarfile.DIRTYPE),
    (LONG, b"\x00\x01\x02\x03weights"),
    ("weights/latest.bin", None, tarfile.SYMTYPE, "x" * 110 + "/model.bin"),
    ("README.txt", b"tiny model\n"),
    ("copy_of_readme.txt", None, tarfile.LNKTYPE, "README.txt"),
])
write("pax.tgz", tarfile.PAX_FORMAT, [
    (UNICODE, b'{"layers": 2}\n'),
])
write("ustar.tar.gz", tarfile.USTAR_FORMAT, [
    ("a" * 60 + "/" + "b" * 60 + "/c.txt", b"ustar prefix\n"),
])
