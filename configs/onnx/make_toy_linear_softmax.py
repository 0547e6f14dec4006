"""Writes toy_linear_softmax.onnx, the ONNX example of the README walkthrough (configs/model_onnx_example.yaml).

The model is a linear layer and a softmax over the 100 features of the toy classification data:
    input  X: float32 (N, 100)
    output P: float32 (N, 2) = Softmax(X @ W + B)
with W[j, 1] = 0.1 for the first 10 features and 0 elsewhere, W[:, 0] = 0, B = 0; so P[:, 1] = sigmoid(mean of the
first 10 features), the same scorer as configs/wrappers/nearest_mean.py. Like that example it is trained on nothing
(the toy generator shuffles its columns, so the first 10 are not the informative ones): it shows the plumbing, and
its AUROC on the toy data is near chance.

ONNX is protobuf: this script writes the bytes itself (field numbers from onnx.proto), so it needs neither the onnx
package nor numpy. Run it from anywhere: python3 configs/onnx/make_toy_linear_softmax.py
Replace this file with your own export (torch.onnx.export, tf2onnx, ...) and point the config's 'path' at it.
"""
import os
import struct

FEATURES, CLASSES, INFORMATIVE = 100, 2, 10
FLOAT, IR_VERSION, OPSET = 1, 8, 13


def varint(v):
    out = bytearray()
    while v > 0x7F:
        out.append((v & 0x7F) | 0x80)
        v >>= 7
    out.append(v)
    return bytes(out)


def field(number, value):
    """A protobuf field: int -> varint (wire type 0); bytes/str -> length-delimited (wire type 2)."""
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return varint(number << 3 | 2) + varint(len(value)) + value


def tensor(name, values, dims):  # TensorProto: dims=1, data_type=2, name=8, raw_data=9 (little-endian)
    return b"".join(field(1, d) for d in dims) + field(2, FLOAT) + field(8, name) + field(9, struct.pack("<%df" % len(values), *values))


def value_info(name, dims):  # ValueInfoProto{name=1, type=2: TypeProto{tensor_type=1: {elem_type=1, shape=2}}}
    shape = b"".join(field(1, field(2, d) if isinstance(d, str) else field(1, d)) for d in dims)
    return field(1, name) + field(2, field(1, field(1, FLOAT) + field(2, shape)))


def node(op, inputs, output):  # NodeProto: input=1, output=2, name=3, op_type=4
    return b"".join(field(1, i) for i in inputs) + field(2, output) + field(3, op + "_" + output) + field(4, op)


def model():
    w = [0.0] * (FEATURES * CLASSES)  # row-major (FEATURES, CLASSES)
    for j in range(INFORMATIVE):
        w[j * CLASSES + 1] = 0.1
    graph = (field(1, node("MatMul", ["X", "W"], "Z")) + field(1, node("Add", ["Z", "B"], "L"))
             + field(1, node("Softmax", ["L"], "P")) + field(2, "toy_linear_softmax")
             + field(5, tensor("W", w, [FEATURES, CLASSES])) + field(5, tensor("B", [0.0] * CLASSES, [CLASSES]))
             + field(11, value_info("X", ["N", FEATURES])) + field(12, value_info("P", ["N", CLASSES])))
    # ModelProto: ir_version=1, producer_name=2, graph=7, opset_import=8 (default domain)
    return field(1, IR_VERSION) + field(2, "fmbench make_toy_linear_softmax.py") + field(7, graph) + field(8, field(1, "") + field(2, OPSET))


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "toy_linear_softmax.onnx")
    data = model()
    with open(path + ".tmp", "wb") as f:
        f.write(data)
    os.replace(path + ".tmp", path)
    print("wrote %s (%d bytes)" % (path, len(data)))
