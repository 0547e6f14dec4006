package io.fmbench.kernel.robustness;

import java.nio.charset.StandardCharsets;

/**
 * One random stream per (run seed, probe name, grid point), so a probe's draws do not depend on which probes ran
 * before it (the reference shares one generator across probes).
 */
public final class ProbeSeeds {

    private ProbeSeeds() {}

    public static long seed(long runSeed, String probe, int gridIndex) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the name: stable across JVMs, unlike String.hashCode's contract
        for (byte b : probe.getBytes(StandardCharsets.UTF_8)) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        return mix(mix(runSeed) ^ mix(h) ^ mix(0x9E3779B97F4A7C15L * (gridIndex + 1)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
