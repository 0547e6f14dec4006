package io.fmbench.plugin.probes;

/** Picks the kernels once: vector if the Vector API loads (and is not switched off), else scalar. */
final class KernelSelector {

    private KernelSelector() {}

    /**
     * @param mode        "auto", "vector" or "scalar" (system property fmbench.kernels)
     * @param vectorClass class whose presence shows the Vector API module is readable (a parameter so tests can
     *                    simulate a JVM without it)
     */
    static PerturbationKernels select(String mode, String vectorClass) {
        if ("scalar".equals(mode)) return ScalarKernels.INSTANCE;
        try {
            Class.forName(vectorClass, false, KernelSelector.class.getClassLoader());
            PerturbationKernels v = VectorKernels.create();
            if (v != null) return v;
        } catch (ClassNotFoundException | LinkageError e) {
            // no --add-modules jdk.incubator.vector: the scalar kernels give the same numbers, only slower
        }
        return ScalarKernels.INSTANCE;
    }
}
