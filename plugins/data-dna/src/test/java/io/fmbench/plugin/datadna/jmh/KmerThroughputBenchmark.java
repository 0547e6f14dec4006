package io.fmbench.plugin.datadna.jmh;

import io.fmbench.plugin.datadna.KmerBench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * k-mer featurisation throughput: 10^6 random sequences of 251 nt (5% N) into normalised 4096-wide k=6 rows, in batches
 * of 1,000 as the dataset reads them. One operation = the whole million. Run:
 * mvn -o -Pjmh -pl plugins/data-dna test -Djmh.args="KmerThroughput -f 1 -wi 1 -i 3"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class KmerThroughputBenchmark {

    @Param({"1000000"})
    public int sequences;

    private KmerBench bench;

    @Setup
    public void setup() {
        bench = new KmerBench(6, 251, 1000, 42);
    }

    /** Encodes into a fresh (JVM-zeroed) batch array each time, exactly as DnaDataset.read does. */
    @Benchmark
    public double freshBatches() {
        return bench.run(sequences, false);
    }

    /** Encodes into one reused batch array, clearing only the entries each row touched. */
    @Benchmark
    public double reusedBatch() {
        return bench.run(sequences, true);
    }
}
