package io.fmbench.plugin.datadna;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test-side driver for the k-mer throughput benchmark (lives in the encoder's package to reach it). */
public final class KmerBench {

    private final KmerEncoder encoder;
    private final List<String> pool;
    private final int batch;

    public KmerBench(int k, int length, int batch, long seed) {
        this.encoder = new KmerEncoder(k);
        this.batch = batch;
        SplittableRandom r = new SplittableRandom(seed);
        pool = new ArrayList<>();
        for (int s = 0; s < batch; s++) {
            char[] c = new char[length];
            for (int i = 0; i < length; i++) c[i] = r.nextInt(20) == 0 ? 'N' : "ACGT".charAt(r.nextInt(4));
            pool.add(new String(c));
        }
    }

    /**
     * Encodes {@code total} sequences (the pool, repeated) batch by batch; returns a checksum so nothing is elided.
     * reuse: one batch buffer on one thread, each row cleared after use through the positions it touched (a streaming
     * consumer); otherwise a fresh zeroed array per batch encoded by {@link KmerEncoder#encode} (parallel over row
     * chunks), exactly as DnaDataset.read does.
     */
    public double run(int total, boolean reuse) {
        int w = encoder.width();
        float[] out = new float[batch * w];
        double check = 0;
        KmerEncoder.Scratch scratch = new KmerEncoder.Scratch(w);
        for (int done = 0; done < total; done += batch) {
            if (reuse) {
                for (int s = 0; s < pool.size(); s++) {
                    int base = s * w;
                    encoder.encodeOne(pool.get(s), out, base, scratch);
                    check += out[base + scratch.seen[0]];
                    for (int t = 0; t < scratch.distinct; t++) out[base + scratch.seen[t]] = 0f;
                }
            } else {
                out = new float[batch * w];
                encoder.encode(pool, out, 0);
                check += out[done % out.length];
            }
        }
        return check;
    }
}
