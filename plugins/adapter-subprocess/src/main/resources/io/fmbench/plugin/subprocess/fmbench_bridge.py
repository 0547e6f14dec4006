#!/usr/bin/env python3
"""fmbench bridge: serves a Python model class over the fmbench subprocess protocol (PROTOCOL.md, version 1).

fmbench starts it as `python3 fmbench_bridge.py` and sends a hello message naming the class ("module:Class") and its
constructor arguments. Then, per batch, it sends the inputs and the outputs it wants; the bridge calls
predict_proba / predict / get_embeddings / encode_sequences and sends the arrays back. Every message is one JSON line,
followed by the raw little-endian C-order bytes of the arrays the line describes (dtype and shape).

Stdout carries protocol messages only: whatever the model prints is redirected to stderr, which fmbench keeps in a log.
Needs Python >= 3.8 and NumPy.
"""
import importlib
import json
import os
import sys
import traceback

PROTOCOL = 1

# Which method answers which output kind; the first one the class has wins.
METHODS = {
    "probabilities": ["predict_proba"],
    "labels": ["predict"],
    "values": ["predict"],
    "embeddings": ["get_embeddings", "encode_sequences"],
}


class WireError(Exception):
    """A protocol violation by the other side; ends the bridge."""


def read_exact(stream, n):
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = stream.readinto(view[got:])
        if not k:
            raise WireError("input ended inside an array (%d of %d bytes)" % (got, n))
        got += k
    return buf


def read_message(stream, np):
    line = stream.readline()
    if not line:
        return None, {}
    header = json.loads(line)
    arrays = {}
    for spec in header.get("arrays", []):
        dtype = np.dtype(spec["dtype"])
        shape = tuple(int(d) for d in spec["shape"])
        count = 1
        for d in shape:
            count *= d
        arrays[spec["name"]] = np.frombuffer(read_exact(stream, count * dtype.itemsize), dtype=dtype).reshape(shape)
    return header, arrays


def write_message(stream, header, arrays=()):
    """arrays: (name, ndarray) pairs, already of a wire dtype."""
    specs, blobs = [], []
    for name, arr in arrays:
        arr = arr if arr.flags.c_contiguous else arr.copy(order="C")
        specs.append({"name": name, "dtype": arr.dtype.str, "shape": list(arr.shape)})
        blobs.append(arr)
    if specs:
        header = dict(header, arrays=specs)
    stream.write(json.dumps(header).encode("utf-8") + b"\n")
    for arr in blobs:
        stream.write(arr.reshape(-1).view("u1").data)
    stream.flush()


def load_class(import_path, extra_paths):
    for p in reversed(extra_paths):
        if p and p not in sys.path:
            sys.path.insert(0, p)
    if import_path.count(":") != 1:
        raise ValueError("import_path must look like 'package.module:ClassName', got %r" % import_path)
    module_name, class_name = import_path.split(":")
    try:
        module = importlib.import_module(module_name)
    except Exception as e:
        raise ImportError("could not import module %r (%s: %s); sys.path starts with %s"
                          % (module_name, type(e).__name__, e, sys.path[:3])) from e
    if not hasattr(module, class_name):
        raise ImportError("module %r (%s) has no class %r" % (module_name, getattr(module, "__file__", "?"), class_name))
    return module, getattr(module, class_name)


def supported(model):
    return [kind for kind, names in METHODS.items() if any(callable(getattr(model, n, None)) for n in names)]


def as_wire(kind, value, np, n):
    arr = np.asarray(value)
    if kind == "labels":
        if arr.dtype.kind == "f":
            if not np.all(np.isfinite(arr)) or not np.all(arr == np.round(arr)):
                raise ValueError("predict returned non-integer class labels")
        elif arr.dtype.kind not in "iub":
            raise ValueError("predict returned %s values, expected class indices" % arr.dtype)
        return arr.astype("<i8")
    if arr.dtype.kind not in "fiub":
        raise ValueError("%s returned %s values, expected numbers" % (METHODS[kind][0], arr.dtype))
    if kind == "values" and arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if kind == "values" and arr.ndim > 2 and arr.shape[0] == n:
        arr = arr.reshape(n, -1)
    return arr.astype("<f4" if arr.dtype == np.float32 else "<f8", copy=False)


def call(model, kind, arrays, header):
    seqs = header.get("sequences")
    if kind == "embeddings":
        if seqs is not None and callable(getattr(model, "encode_sequences", None)):
            return model.encode_sequences(list(seqs))
        if callable(getattr(model, "get_embeddings", None)) and "inputs" in arrays:
            return model.get_embeddings(arrays["inputs"])
        raise ValueError("the model has no get_embeddings(X) / encode_sequences(list) for these inputs")
    if "inputs" not in arrays:
        raise ValueError("the batch has only sequences; %s needs numeric inputs" % METHODS[kind][0])
    method = next(getattr(model, n) for n in METHODS[kind] if callable(getattr(model, n, None)))
    return method(arrays["inputs"])


def serve(wire_in, wire_out):
    try:
        import numpy as np
    except ImportError:
        write_message(wire_out, {"ok": False, "error": "NumPy is not installed for %s; run: %s -m pip install numpy"
                                 % (sys.executable, sys.executable)})
        return 1
    model = None
    while True:
        header, arrays = read_message(wire_in, np)
        if header is None:
            return 0
        op = header.get("op")
        try:
            if op == "hello":
                if header.get("protocol") != PROTOCOL:
                    raise ValueError("fmbench speaks protocol %r, this bridge speaks %d" % (header.get("protocol"), PROTOCOL))
                module, cls = load_class(header["import_path"], header.get("sys_path", []))
                try:
                    model = cls(**(header.get("init_kwargs") or {}))
                except Exception as e:
                    raise RuntimeError("could not build %s(**init_kwargs): %s: %s" % (header["import_path"], type(e).__name__, e)) from e
                write_message(wire_out, {"ok": True, "protocol": PROTOCOL, "outputs": supported(model),
                                         "python": sys.version.split()[0], "numpy": np.__version__,
                                         "module_file": os.path.abspath(getattr(module, "__file__", "") or "")})
            elif op == "predict":
                if model is None:
                    raise ValueError("predict before hello")
                n = int(header["n"])
                out = [(kind, as_wire(kind, call(model, kind, arrays, header), np, n)) for kind in header["outputs"]]
                write_message(wire_out, {"ok": True}, out)
            elif op == "close":
                write_message(wire_out, {"ok": True})
                return 0
            else:
                raise ValueError("unknown op %r" % op)
        except Exception as e:
            traceback.print_exc(file=sys.stderr)
            sys.stderr.flush()
            write_message(wire_out, {"ok": False, "error": "%s: %s" % (type(e).__name__, e)})


def widen_pipes(*fds):
    """Linux pipes hold 64 KB by default: a batch of megabytes then crosses in many small hand-overs between the two
    processes. 1 MB pipes move it in few (best effort: other systems, or a lower pipe-max-size, keep the default)."""
    try:
        import fcntl
        for fd in fds:
            fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except (ImportError, OSError):
        pass


def main():
    widen_pipes(0, 1)
    # Keep the real stdout for the protocol; send the model's own prints to stderr.
    wire_out = os.fdopen(os.dup(1), "wb", buffering=1 << 20)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        return serve(sys.stdin.buffer, wire_out)
    except WireError as e:
        print("fmbench bridge: " + str(e), file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
