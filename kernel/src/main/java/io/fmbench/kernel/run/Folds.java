package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Deterministic stratified k-fold assignment: each class is shuffled (seeded) and dealt round-robin to the folds. */
final class Folds {

    private Folds() {}

    /** fold index per sample. */
    static int[] stratified(int[] classes, int k, long seed) throws FmbenchException {
        int n = classes.length;
        if (k < 2 || k > n) throw new FmbenchException("cross-validation needs 2 <= folds <= samples (" + n + "), got " + k);
        int maxClass = 0;
        for (int c : classes) maxClass = Math.max(maxClass, c);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c <= maxClass; c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < n; i++) byClass.get(classes[i]).add(i);
        int[] fold = new int[n];
        SplittableRandom r = new SplittableRandom(seed);
        int next = 0;
        for (List<Integer> members : byClass) {
            for (int i = members.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                Integer t = members.get(i);
                members.set(i, members.get(j));
                members.set(j, t);
            }
            for (int idx : members) fold[idx] = next++ % k;
        }
        return fold;
    }

    static int[] members(int[] fold, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> (fold[i] == f) == inFold).toArray();
    }
}
