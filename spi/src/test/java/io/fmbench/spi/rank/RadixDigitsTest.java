package io.fmbench.spi.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RadixDigitsTest {

    @Test
    void coversOnlyTheBitsWhereKeysDiffer() {
        // float-valued doubles of one sign: the 29 low mantissa bits are zero and the top key bit is 1; the float
        // just above 1 sets bit 29, 3e38 (exponent 0x47E) bit 62, 0.25 (exponent 0x3FD) neither: 34 bits remain,
        // 4 digits of 9 bits from bit 29
        long a = RadixKeys.of(0.25f), b = RadixKeys.of(3.0e38f), c = RadixKeys.of(Math.nextUp(1.0f));
        RadixDigits d = RadixDigits.of(new long[] {a, b, c}, 0, 3);
        assertEquals(29, d.low());
        assertEquals(4, d.passes());
        assertEquals(9, d.width());
        // every bit may differ: 6 digits of 11 bits; equal keys: nothing to sort
        assertEquals(new RadixDigits(0, 11, 6), RadixDigits.covering(0, -1));
        assertEquals(0, RadixDigits.covering(42, 42).passes());
        // keys 0b1000 and 0b1100 differ in bit 2 only
        assertEquals(new RadixDigits(2, 1, 1), RadixDigits.covering(0b1000, 0b1100));
    }
}
