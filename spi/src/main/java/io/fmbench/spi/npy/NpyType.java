package io.fmbench.spi.npy;

/**
 * The element types fmbench reads in {@code .npy} files (little-endian); it writes float32, float64 and int64. The
 * narrow integer and half-precision types are how raw recordings are often stored (EEG and MRI as int16, images as
 * uint8), so they are read as they are rather than sent back for conversion. Since 1.3.0: INT8 to FLOAT16.
 */
public enum NpyType {
    FLOAT32("<f4", 4),
    FLOAT64("<f8", 8),
    INT32("<i4", 4),
    INT64("<i8", 8),
    BOOL("|b1", 1),
    INT8("|i1", 1),
    UINT8("|u1", 1),
    INT16("<i2", 2),
    UINT16("<u2", 2),
    UINT32("<u4", 4),
    FLOAT16("<f2", 2);

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

    /** Whole numbers (booleans included): what a label file of class ids holds. */
    public boolean integral() {
        return this != FLOAT32 && this != FLOAT64 && this != FLOAT16;
    }

    static NpyType fromDescr(String descr, String file) throws NpyFormatException {
        // numpy writes one-byte types with '|', but '<' and '>' are valid for them too
        String d = descr.length() == 3 && descr.endsWith("1") && (descr.charAt(0) == '<' || descr.charAt(0) == '>') ? "|" + descr.substring(1) : descr;
        for (NpyType t : values()) if (t.descr.equals(d)) return t;
        String hint = descr.startsWith(">") ? " (big-endian: convert with arr.astype(arr.dtype.newbyteorder('<')))"
                : " (supported: <f4 <f8 <f2 <i8 <i4 <i2 |i1 <u4 <u2 |u1 |b1; convert with arr.astype('float32'))";
        throw new NpyFormatException(file + ": unsupported dtype '" + descr + "'" + hint);
    }
}
