package io.fmbench.spi.npy;

/** The element types fmbench reads and writes in {@code .npy} files (little-endian). */
public enum NpyType {
    FLOAT32("<f4", 4),
    FLOAT64("<f8", 8),
    INT32("<i4", 4),
    INT64("<i8", 8),
    BOOL("|b1", 1);

    private final String descr;
    private final int bytes;

    NpyType(String descr, int bytes) {
        this.descr = descr;
        this.bytes = bytes;
    }

    public String descr() {
        return descr;
    }

    public int bytes() {
        return bytes;
    }

    static NpyType fromDescr(String descr, String file) throws NpyFormatException {
        for (NpyType t : values()) if (t.descr.equals(descr)) return t;
        String hint = descr.startsWith(">") ? " (big-endian: convert with arr.astype(arr.dtype.newbyteorder('<')))"
                : " (supported: <f4 <f8 <i4 <i8 |b1; convert with arr.astype('float32'))";
        throw new NpyFormatException(file + ": unsupported dtype '" + descr + "'" + hint);
    }
}
