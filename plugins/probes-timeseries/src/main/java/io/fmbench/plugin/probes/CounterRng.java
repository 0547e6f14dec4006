package io.fmbench.plugin.probes;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, element index), so a value does not depend
 * on how the data is batched, on the order of work or on the vector width. All arithmetic is float add/mul/fma and
 * integer bit operations, which give the same bits in {@link ScalarKernels} and {@link VectorKernels}.
 *
 * <p>Normals come from Box-Muller on pairs of 24-bit uniforms. Element e belongs to block e/64; the first 32 elements of
 * a block take r*cos(phi) and the last 32 take r*sin(phi) of the same 32 pairs, so one pair feeds two elements and a
 * vector of any width up to 32 lanes handles whole pairs. log, sin and cos are Cephes single-precision polynomials
 * (ours, rather than Math.log, so that scalar and vector code agree to the bit).
 */
public final class CounterRng {

    /** Elements per block of the normal generator (half of them take the cosine, half the sine). */
    public static final int BLOCK = 64;
    static final int HALF = BLOCK / 2;

    static final float SQRTHF = 0.707106781186547524f;
    static final float L0 = 7.0376836292E-2f, L1 = -1.1514610310E-1f, L2 = 1.1676998740E-1f, L3 = -1.2420140846E-1f,
            L4 = 1.4249322787E-1f, L5 = -1.6668057665E-1f, L6 = 2.0000714765E-1f, L7 = -2.4999993993E-1f,
            L8 = 3.3333331174E-1f, LN2_LO = -2.12194440e-4f, LN2_HI = 0.693359375f;
    static final float S0 = -1.9515295891E-4f, S1 = 8.3321608736E-3f, S2 = -1.6666654611E-1f;
    static final float K0 = 2.443315711809948E-5f, K1 = -1.388731625493765E-3f, K2 = 4.166664568298827E-2f;
    /** Angle within a quarter turn: 22 bits mapped to the centres of 2^22 cells of (-pi/4, pi/4). */
    static final float ANG_SCALE = (float) (Math.PI / 2 * 0x1p-22);
    static final float ANG_OFFSET = (float) (Math.PI / 2 * 0x1p-23 - Math.PI / 4);

    private CounterRng() {}

    /** SplitMix64 finaliser: a bijective 64-bit mix. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** lowbias32 (C. Wellons): a bijective 32-bit hash with low bias; 32-bit so that AVX2 lanes can multiply it. */
    static int hash32(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }

    /** Two 32-bit keys for counters whose upper 32 bits are {@code hi}, packed in one long (k1 low, k2 high). */
    static long keys(long seed, long hi, long stream) {
        return mix64(seed ^ mix64(hi * 0x9E3779B97F4A7C15L + stream));
    }

    /** Pair index of element e. */
    static long pairOf(long e) {
        return ((e >>> 6) << 5) + (e & 31);
    }

    /** The standard normal that element {@code e} receives under {@code seed}. */
    public static float normal(long seed, long e) {
        long p = pairOf(e);
        long k = keys(seed, p >>> 32, 1);
        float[] zz = normalPair((int) p, (int) k, (int) (k >>> 32));
        return (e & 63) < HALF ? zz[0] : zz[1];
    }

    /** The pair (r cos phi, r sin phi) for counter c under keys (k1, k2). */
    static float[] normalPair(int c, int k1, int k2) {
        int h1 = hash32(c ^ k1);
        int h2 = hash32(h1 ^ k2);
        float u1 = (float) ((h1 >>> 8) + 1) * 0x1p-24f;
        float r = (float) Math.sqrt(log(u1) * -2f);
        float th = Math.fma((float) ((h2 >>> 8) & 0x3FFFFF), ANG_SCALE, ANG_OFFSET);
        float z = th * th;
        // th * z and z * z are formed beside the polynomials, which then need one step less after them
        float s = Math.fma(Math.fma(Math.fma(S0, z, S1), z, S2), th * z, th);
        float co = Math.fma(Math.fma(Math.fma(K0, z, K1), z, K2), z * z, Math.fma(z, -0.5f, 1f));
        int q = h2 >>> 30;
        boolean swap = (q & 1) != 0;
        float a = swap ? s : co, b = swap ? co : s;
        float cosPhi = Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ (((q + 1) & 2) << 30));
        float sinPhi = Float.intBitsToFloat(Float.floatToRawIntBits(b) ^ ((q & 2) << 30));
        return new float[] {r * cosPhi, r * sinPhi};
    }

    /** Natural log for x in (0, 1] (Cephes logf). */
    static float log(float x) {
        int bits = Float.floatToRawIntBits(x);
        float e = (float) ((bits >>> 23) - 126);
        float m = Float.intBitsToFloat((bits & 0x7FFFFF) | 0x3F000000);
        float t = m - 1f;
        if (m < SQRTHF) {
            e = e - 1f;
            t = t + m;
        }
        float z = t * t;
        // Estrin's scheme: the same polynomial as Cephes' Horner chain in four dependent steps instead of eight, so
        // the vector kernel's long chain of fused multiply-adds does not hold back the rest of its loop
        float z2 = z * z;
        float a = Math.fma(L7, t, L8), b = Math.fma(L5, t, L6), c = Math.fma(L3, t, L4), d = Math.fma(L1, t, L2);
        float p = Math.fma(Math.fma(L0, z2, Math.fma(d, z, c)), z2, Math.fma(b, z, a));
        float y = p * (t * z); // t * z alongside the polynomial, not after it
        y = Math.fma(e, LN2_LO, y);
        y = Math.fma(z, -0.5f, y);
        float r = t + y;
        return Math.fma(e, LN2_HI, r);
    }

    /** Uniform in [0, 1) (24 bits) for element {@code e} under {@code seed}, independent of {@link #normal}. */
    public static float uniform(long seed, long e) {
        long k = keys(seed, e >>> 32, 2);
        return (float) (hash32((int) e ^ (int) k) >>> 8) * 0x1p-24f;
    }
}
