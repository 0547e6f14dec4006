package io.fmbench.plugin.probes;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API kernels. Arithmetic (noise, line noise, masking, affine) runs lane-wise with scalar tails; pure data
 * movement (dropout, permutation, shift) uses System.arraycopy, which HotSpot already compiles to the widest vector
 * moves, so hand-written vector copies could only tie it.
 */
public final class VectorKernels implements PerturbationKernels {

    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> IS = FS.withLanes(int.class).withShape(FS.vectorShape()).check(int.class);
    private static final int L = FS.length();
    private static final IntVector IOTA = IntVector.zero(IS).addIndex(1);

    private VectorKernels() {}

    /** The vector kernels, or null when the preferred width cannot split a block of pairs evenly. */
    static PerturbationKernels create() {
        return L >= 2 && CounterRng.HALF % L == 0 && IS.length() == L ? new VectorKernels() : null;
    }

    @Override
    public String name() {
        return "vector-" + L + "x32";
    }

    @Override
    public void addGaussian(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float sigma) {
        NoiseBlocks.add(VectorKernels::noiseBlock, src, srcOff, dst, dstOff, len, seed, firstIndex, sigma);
    }

    private static void noiseBlock(float[] src, int s0, float[] dst, int d0, int c0, int k1, int k2, float sigma, int blocks) {
        FloatVector sig = FloatVector.broadcast(FS, sigma);
        // one loop over the pairs of all the blocks (a vector never straddles two blocks: L divides HALF)
        for (int k = 0; k < blocks * CounterRng.HALF; k += L) {
            int s = s0 + k + (k & -CounterRng.HALF), d = d0 + k + (k & -CounterRng.HALF);
            IntVector c = IOTA.add(c0 + k);
            IntVector h1 = hash32(c.lanewise(VectorOperators.XOR, k1));
            IntVector h2 = hash32(h1.lanewise(VectorOperators.XOR, k2));
            FloatVector u1 = ((FloatVector) h1.lanewise(VectorOperators.LSHR, 8).add(1).convert(VectorOperators.I2F, 0)).mul(0x1p-24f);
            FloatVector r = log(u1).mul(-2f).sqrt();
            FloatVector th = ((FloatVector) h2.lanewise(VectorOperators.LSHR, 8).and(0x3FFFFF).convert(VectorOperators.I2F, 0))
                    .fma(CounterRng.ANG_SCALE, CounterRng.ANG_OFFSET);
            FloatVector z = th.mul(th);
            FloatVector sn = z.fma(CounterRng.S0, CounterRng.S1).fma(z, FloatVector.broadcast(FS, CounterRng.S2)).fma(th.mul(z), th);
            FloatVector cb = z.fma(-0.5f, 1f);
            FloatVector cs = z.fma(CounterRng.K0, CounterRng.K1).fma(z, FloatVector.broadcast(FS, CounterRng.K2)).fma(z.mul(z), cb);
            // quadrant q = the top two bits of h2 (CounterRng.normalPair), read in place: swap sine and cosine on bit
            // 30, negate the sine on bit 31 and the cosine where bits 31 and 30 differ
            IntVector h2x2 = h2.lanewise(VectorOperators.LSHL, 1);
            VectorMask<Float> swap = h2x2.compare(VectorOperators.LT, 0).cast(FS);
            FloatVector a = cs.blend(sn, swap), b = sn.blend(cs, swap);
            FloatVector cosPhi = a.reinterpretAsInts().lanewise(VectorOperators.XOR, h2.lanewise(VectorOperators.XOR, h2x2).and(0x80000000)).reinterpretAsFloats();
            FloatVector sinPhi = b.reinterpretAsInts().lanewise(VectorOperators.XOR, h2.and(0x80000000)).reinterpretAsFloats();
            r.mul(cosPhi).fma(sig, FloatVector.fromArray(FS, src, s)).intoArray(dst, d);
            r.mul(sinPhi).fma(sig, FloatVector.fromArray(FS, src, s + CounterRng.HALF)).intoArray(dst, d + CounterRng.HALF);
        }
    }

    private static IntVector hash32(IntVector x) {
        x = x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 16)).mul(0x7feb352d);
        x = x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 15)).mul(0x846ca68b);
        return x.lanewise(VectorOperators.XOR, x.lanewise(VectorOperators.LSHR, 16));
    }

    /** Lane-wise {@link CounterRng#log}, same operations in the same order. */
    private static FloatVector log(FloatVector x) {
        IntVector bits = x.reinterpretAsInts();
        FloatVector e = (FloatVector) bits.lanewise(VectorOperators.LSHR, 23).sub(126).convert(VectorOperators.I2F, 0);
        FloatVector m = bits.and(0x7FFFFF).or(0x3F000000).reinterpretAsFloats();
        VectorMask<Float> small = m.compare(VectorOperators.LT, CounterRng.SQRTHF);
        e = e.sub(1f, small);
        FloatVector t = m.sub(1f);
        t = t.add(m, small);
        FloatVector z = t.mul(t);
        FloatVector z2 = z.mul(z);
        FloatVector a = t.fma(CounterRng.L7, CounterRng.L8), b = t.fma(CounterRng.L5, CounterRng.L6);
        FloatVector c = t.fma(CounterRng.L3, CounterRng.L4), d = t.fma(CounterRng.L1, CounterRng.L2);
        FloatVector p = z2.fma(FloatVector.broadcast(FS, CounterRng.L0), d.fma(z, c)).fma(z2, b.fma(z, a));
        FloatVector y = p.mul(t.mul(z));
        y = e.fma(FloatVector.broadcast(FS, CounterRng.LN2_LO), y);
        y = z.fma(FloatVector.broadcast(FS, -0.5f), y);
        return e.fma(FloatVector.broadcast(FS, CounterRng.LN2_HI), t.add(y));
    }

    @Override
    public void addScaled(float[] src, int srcOff, float[] wave, int waveOff, float scale, float[] dst, int dstOff, int len) {
        // four independent vectors per turn keep enough loads in flight to stream at 90% of a copy (JMH); the plain
        // fma loop the JIT vectorises itself reached 62-77%. fma rounds once, so the bits are the scalar reference's.
        FloatVector sc = FloatVector.broadcast(FS, scale);
        int i = 0;
        for (int bound = len - 4 * L; i <= bound; i += 4 * L) {
            int w = waveOff + i, s = srcOff + i, d = dstOff + i;
            FloatVector.fromArray(FS, wave, w).fma(sc, FloatVector.fromArray(FS, src, s)).intoArray(dst, d);
            FloatVector.fromArray(FS, wave, w + L).fma(sc, FloatVector.fromArray(FS, src, s + L)).intoArray(dst, d + L);
            FloatVector.fromArray(FS, wave, w + 2 * L).fma(sc, FloatVector.fromArray(FS, src, s + 2 * L)).intoArray(dst, d + 2 * L);
            FloatVector.fromArray(FS, wave, w + 3 * L).fma(sc, FloatVector.fromArray(FS, src, s + 3 * L)).intoArray(dst, d + 3 * L);
        }
        for (; i < len; i++) dst[dstOff + i] = Math.fma(wave[waveOff + i], scale, src[srcOff + i]);
    }

    @Override
    public void dropRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, boolean[] drop) {
        for (int r = 0; r < drop.length; r++) {
            int d = dstOff + r * rowLen;
            if (drop[r]) java.util.Arrays.fill(dst, d, d + rowLen, 0f);
            else System.arraycopy(src, srcOff + r * rowLen, dst, d, rowLen);
        }
    }

    @Override
    public void permuteRows(float[] src, int srcOff, float[] dst, int dstOff, int rowLen, int[] perm) {
        int[] inverse = inverse(perm);
        if (inverse == null) {
            for (int r = 0; r < perm.length; r++) System.arraycopy(src, srcOff + perm[r] * rowLen, dst, dstOff + r * rowLen, rowLen);
            return;
        }
        // a true permutation: read the source rows in order (one sequential stream the prefetcher follows) and
        // scatter the writes; reading rows in permuted order ran at 67% of a copy
        for (int s = 0; s < inverse.length; s++) System.arraycopy(src, srcOff + s * rowLen, dst, dstOff + inverse[s] * rowLen, rowLen);
    }

    /** inverse[perm[r]] = r, or null when perm repeats or misses a row (np.take allows that). */
    private static int[] inverse(int[] perm) {
        int[] inv = new int[perm.length];
        java.util.Arrays.fill(inv, -1);
        for (int r = 0; r < perm.length; r++) {
            int p = perm[r];
            if (p < 0 || p >= perm.length || inv[p] >= 0) return null;
            inv[p] = r;
        }
        return inv;
    }

    @Override
    public void rollRow(float[] src, int srcOff, float[] dst, int dstOff, int len, int shift) {
        if (len == 0) return;
        int s = Math.floorMod(shift, len);
        System.arraycopy(src, srcOff + len - s, dst, dstOff, s);
        System.arraycopy(src, srcOff, dst, dstOff + s, len - s);
    }

    @Override
    public void maskElements(float[] src, int srcOff, float[] dst, int dstOff, int len, long seed, long firstIndex, float p) {
        int i = 0;
        int bound = FS.loopBound(len);
        long keysHi = -1, keys = 0;
        while (i < bound) {
            long e = firstIndex + i;
            // a vector must not straddle a change of the counter's upper half (every 2^32 elements)
            if (((e + L - 1) >>> 32) != (e >>> 32)) break;
            if ((e >>> 32) != keysHi) {
                keysHi = e >>> 32;
                keys = CounterRng.keys(seed, keysHi, 2);
            }
            IntVector h = hash32(IOTA.add((int) e).lanewise(VectorOperators.XOR, (int) keys));
            FloatVector u = ((FloatVector) h.lanewise(VectorOperators.LSHR, 8).convert(VectorOperators.I2F, 0)).mul(0x1p-24f);
            FloatVector x = FloatVector.fromArray(FS, src, srcOff + i);
            x.blend(0f, u.compare(VectorOperators.LT, p)).intoArray(dst, dstOff + i);
            i += L;
        }
        for (; i < len; i++) dst[dstOff + i] = CounterRng.uniform(seed, firstIndex + i) < p ? 0f : src[srcOff + i];
    }

    @Override
    public void affine(float[] src, int srcOff, float[] dst, int dstOff, int len, float a, float b) {
        int i = 0;
        for (int bound = FS.loopBound(len); i < bound; i += L)
            FloatVector.fromArray(FS, src, srcOff + i).fma(a, b).intoArray(dst, dstOff + i);
        for (; i < len; i++) dst[dstOff + i] = Math.fma(src[srcOff + i], a, b);
    }
}
