package io.fmbench.spi.npy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a NumPy {@code .npy} file (format versions 1, 2 and 3): dtype, shape and where the data starts.
 * Only little-endian arrays of the dtypes in {@link NpyType} are accepted; Fortran-order arrays (what
 * numpy.column_stack often makes) are read back in C order by {@link NpyFile}.
 */
public record NpyHeader(NpyType type, long[] shape, long dataOffset, boolean fortranOrder) {

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public long elementCount() {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    public int[] intShape() {
        int[] s = new int[shape.length];
        for (int i = 0; i < s.length; i++) s[i] = Math.toIntExact(shape[i]);
        return s;
    }

    /** Parses the header bytes that follow the magic string and version. */
    static NpyHeader parse(String dict, long dataOffset, String file) throws NpyFormatException {
        Matcher d = DESCR.matcher(dict);
        Matcher f = FORTRAN.matcher(dict);
        Matcher s = SHAPE.matcher(dict);
        if (!d.find() || !f.find() || !s.find())
            throw new NpyFormatException(file + ": malformed .npy header " + dict.trim());
        NpyType type = NpyType.fromDescr(d.group(1), file);
        List<Long> dims = new ArrayList<>();
        for (String part : s.group(1).split(",")) {
            if (!part.isBlank()) dims.add(Long.parseLong(part.trim()));
        }
        return new NpyHeader(type, dims.stream().mapToLong(Long::longValue).toArray(), dataOffset, f.group(1).equals("True"));
    }

    /** The header dictionary text for writing. */
    String dictionary() {
        StringBuilder sb = new StringBuilder("{'descr': '").append(type.descr()).append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            sb.append(shape[i]);
            if (shape.length == 1 || i < shape.length - 1) sb.append(shape.length == 1 ? "," : ", ");
        }
        return sb.append("), }").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && type == h.type && Arrays.equals(shape, h.shape) && dataOffset == h.dataOffset
                && fortranOrder == h.fortranOrder;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(shape);
    }
}
