package io.fmbench.spi.rank;

/**
 * The digits of an LSD radix sort of 64-bit keys, covering only the bits in which the keys differ: float-valued
 * doubles (29 low mantissa bits always zero) or scores in a narrow range then need fewer passes. Digits are at most
 * {@value #MAX_WIDTH} bits wide (a histogram of 2^11 counters stays in the L1 cache) and evenly sized.
 *
 * @param low    lowest bit in which two keys differ
 * @param width  bits per digit
 * @param passes number of digits (0 when all keys are equal)
 */
public record RadixDigits(int low, int width, int passes) {

    public static final int MAX_WIDTH = 11;

    /** The digits for keys whose bitwise AND and OR are given. */
    public static RadixDigits covering(long and, long or) {
        long differ = and ^ or;
        if (differ == 0) return new RadixDigits(0, 1, 0);
        int low = Long.numberOfTrailingZeros(differ), bits = 64 - Long.numberOfLeadingZeros(differ) - low;
        int passes = (bits + MAX_WIDTH - 1) / MAX_WIDTH;
        return new RadixDigits(low, (bits + passes - 1) / passes, passes);
    }

    /** The digits for keys[from, to). */
    public static RadixDigits of(long[] keys, int from, int to) {
        long and = -1, or = 0;
        for (int i = from; i < to; i++) {
            and &= keys[i];
            or |= keys[i];
        }
        return covering(and, or);
    }

    public int buckets() {
        return 1 << width;
    }

    public int digit(long key, int pass) {
        return (int) (key >>> (low + pass * width)) & (buckets() - 1);
    }

    /** The digit histograms of passes first.. in one read: {@code counts[pass * buckets() + digit]}. */
    public int[] histograms(long[] keys, int from, int to, int first) {
        int[] counts = new int[passes * buckets()];
        for (int i = from; i < to; i++) {
            long k = keys[i];
            for (int p = first, base = first * buckets(); p < passes; p++, base += buckets()) counts[base + digit(k, p)]++;
        }
        return counts;
    }

    /**
     * Turns pass {@code pass}'s counts into the first output position of each digit, starting at {@code start};
     * false when all n keys share the digit of {@code anyKey}, so the pass would not move anything and is skipped.
     */
    public boolean toPositions(int[] counts, int pass, int n, int start, long anyKey) {
        int base = pass * buckets();
        if (counts[base + digit(anyKey, pass)] == n) return false;
        for (int b = base, sum = start; b < base + buckets(); b++) {
            int c = counts[b];
            counts[b] = sum;
            sum += c;
        }
        return true;
    }
}
