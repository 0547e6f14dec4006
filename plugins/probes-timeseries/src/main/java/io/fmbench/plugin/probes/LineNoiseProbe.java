package io.fmbench.plugin.probes;

import io.fmbench.spi.ProbeContext;
import io.fmbench.spi.RobustnessProbe;
import io.fmbench.spi.SignalStats;
import io.fmbench.spi.Tensor;
import java.util.List;
import java.util.Map;

/**
 * Power-line interference, as the reference: per channel s(t) = sum over mains f of sin(2 pi f t + phi), phases
 * uniform in [0, 2 pi) drawn channel-major then by frequency, s scaled to unit RMS, and sigma(SNR) * s added to every
 * sample (the same waveform for all samples). Mains (default 50 and 60 Hz, both at once) come from the config's
 * {@code mains}; the sampling frequency from the data or the command line. The SNR is against the whole dataset's
 * power, or each sample's own with {@code power: sample}; {@code phases: sample} draws each sample's phases from its
 * own stream (the reference's one waveform for all samples is the default).
 */
public final class LineNoiseProbe implements RobustnessProbe {

    static final List<Double> GRID = List.of(40.0, 30.0, 20.0, 10.0, 5.0);
    static final List<Double> MAINS = List.of(50.0, 60.0);

    /** What a waveform depends on. */
    record WaveKey(long seed, int channels, int time, double fs, List<Double> mains) {}

    /**
     * Waveforms already made: every batch at a grid point adds the same one, and making it (channels x time sines)
     * cost more than adding it to the batch. A few grid points' worth are kept; the probe stays a pure function.
     */
    private final Memo<WaveKey, float[]> waves = new Memo<>(16, k -> waveform(k.seed(), k.channels(), k.time(), k.fs(), k.mains()));

    /** What the sine tables depend on. */
    record TableKey(int time, double fs, List<Double> mains) {}

    /** sin(a) and cos(a) per mains frequency and time step, a = 2 pi f t: shared by every sample's own phases. */
    record Tables(double[][] sin, double[][] cos) {}

    private final Memo<TableKey, Tables> tables = new Memo<>(4, k -> tables(k.time(), k.fs(), k.mains()));

    @Override
    public String name() {
        return "line_noise";
    }

    @Override
    public boolean appliesTo(int[] sampleShape) {
        return sampleShape.length == 2;
    }

    @Override
    public List<Double> grid(Map<String, Object> config) {
        ProbeConfig.onlyKeys(name(), config, "snr_grid", "mains", "power", "phases");
        ProbeConfig.perSamplePower(name(), config);
        ProbeConfig.perSamplePhases(name(), config);
        List<Double> grid = ProbeConfig.grid(name(), config, "snr_grid", GRID, -Double.MAX_VALUE, Double.MAX_VALUE);
        for (double f : ProbeConfig.numbers(name(), config, "mains", MAINS))
            if (!(f > 0)) throw new IllegalArgumentException("probe_config.line_noise.mains holds " + f + "; mains frequencies are positive numbers of Hz (e.g. [50, 60])");
        KernelWarmUp.start(WarmingKernels.Kernel.SCALED);
        return grid;
    }

    @Override
    public double cleanLevel() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public Tensor perturb(Tensor batch, double level, ProbeContext context) {
        return Streams.perturbed(this, batch, level, context);
    }

    @Override
    public void perturbInto(Tensor batch, double level, ProbeContext context, float[] out) {
        double fs = context.samplingFreq();
        if (!(fs > 0))
            throw new IllegalArgumentException("line_noise needs the sampling frequency: give --sampling-freq HZ or sampling_freq in info.json");
        int[] shape = batch.shape();
        int channels = shape[1], time = shape[2];
        List<Double> mains = ProbeConfig.numbers(name(), context.config(), "mains", MAINS);
        boolean ownPhases = ProbeConfig.perSamplePhases(name(), context.config());
        Tables tb = ownPhases ? tables.get(new TableKey(time, fs, mains)) : null;
        float[] wave = ownPhases ? new float[channels * time] : waves.get(new WaveKey(context.seed(), channels, time, fs, mains));
        float[] src = batch.data();
        int per = channels * time;
        boolean ownPower = ProbeConfig.perSamplePower(name(), context.config());
        float sigma = ownPower ? 0 : Streams.sigmaForSnr(context.statsOr(batch).power(), level);
        for (int n = 0; n < batch.samples(); n++) {
            if (ownPhases) mix(tb, Streams.forSample(context.seed(), context.firstSample() + n), channels, time, wave);
            if (ownPower) sigma = Streams.sigmaForSnr(SignalStats.of(src, n * per, (n + 1) * per).power(), level);
            Streams.KERNELS.addScaled(src, n * per, wave, 0, sigma, out, n * per, per);
        }
    }

    /**
     * Unit-RMS interference per channel, [channels * time] in C order. The reference's waveform: per channel, the sum
     * over mains f of sin(2 pi f t + phi), t = float(n / fs), phases drawn channel by channel, then scaled to unit RMS.
     * sin(a + phi) is formed as sin(a) cos(phi) + cos(a) sin(phi) from one table of sin(a) and cos(a) per frequency: a
     * sine and a cosine per time step and frequency rather than a sine per channel too (64 channels, 1,000 steps, two
     * mains: 128,000 sines per grid point became 2,000 of each), equal to the direct sum to within a few units of
     * double rounding, far below the float the waveform is kept in.
     */
    static float[] waveform(long seed, int channels, int time, double fs, List<Double> mains) {
        float[] wave = new float[channels * time];
        mix(tables(time, fs, mains), Streams.shared(seed), channels, time, wave);
        return wave;
    }

    static Tables tables(int time, double fs, List<Double> mains) {
        double[][] sin = new double[mains.size()][time], cos = new double[mains.size()][time];
        for (int m = 0; m < mains.size(); m++) {
            for (int t = 0; t < time; t++) {
                double a = 2 * Math.PI * mains.get(m) * (double) (float) (t / fs);
                sin[m][t] = Math.sin(a);
                cos[m][t] = Math.cos(a);
            }
        }
        return new Tables(sin, cos);
    }

    /** Writes the unit-RMS waveform of phases drawn from {@code rng} (channel by channel, then by frequency) into wave. */
    static void mix(Tables tb, java.util.SplittableRandom rng, int channels, int time, float[] wave) {
        double[] s = new double[time];
        for (int ch = 0; ch < channels; ch++) {
            java.util.Arrays.fill(s, 0);
            for (int m = 0; m < tb.sin().length; m++) {
                double phi = rng.nextDouble() * 2 * Math.PI, cp = Math.cos(phi), sp = Math.sin(phi);
                double[] sm = tb.sin()[m], cm = tb.cos()[m];
                for (int t = 0; t < time; t++) s[t] += sm[t] * cp + cm[t] * sp;
            }
            double sq = 0;
            for (double v : s) sq += v * v;
            double norm = Math.sqrt(sq / Math.max(1, time)) + 1e-8;
            for (int t = 0; t < time; t++) wave[ch * time + t] = (float) (s[t] / norm);
        }
    }
}
