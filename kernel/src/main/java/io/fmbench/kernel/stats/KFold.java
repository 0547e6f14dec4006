package io.fmbench.kernel.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Cross-validation splitters, deterministic from a seed.
 *
 * <ul>
 *   <li>{@link #stratified}: every class is dealt round-robin over the folds after a seeded shuffle, so each test fold
 *       holds each class within one sample of its share.</li>
 *   <li>{@link #grouped}: whole groups (subject, donor, site) go to one fold, so no group value is ever in both train
 *       and test; with classes given, groups are placed greedily (largest first) where they best keep every fold's
 *       class mix close to its share (the idea of scikit-learn's StratifiedGroupKFold).</li>
 * </ul>
 * IllegalArgumentException messages are meant for the user as they are.
 */
public final class KFold {

    private KFold() {}

    public static List<Fold> stratified(int[] classes, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
        for (int i = 0; i < classes.length; i++) byClass.computeIfAbsent(classes[i], c -> new ArrayList<>()).add(i);
        int[] fold = new int[classes.length];
        int next = 0;
        SplittableRandom rng = Streams.of(seed, 0);
        for (int c : byClass.keySet().stream().sorted().toList()) {
            List<Integer> members = byClass.get(c);
            if (members.size() < k)
                throw new IllegalArgumentException("class " + c + " has " + members.size() + " samples, fewer than the "
                        + k + " folds: lower cross_validation folds or merge rare classes");
            int[] shuffled = shuffle(members.stream().mapToInt(Integer::intValue).toArray(), rng);
            for (int i : shuffled) fold[i] = next++ % k; // continuing the count keeps total fold sizes balanced too
        }
        return folds(fold, k);
    }

    /**
     * Group-aware folds.
     *
     * @param groups  group value per sample (e.g. subject_id); never split across folds
     * @param classes class per sample to balance, or null to balance sizes only
     */
    public static List<Fold> grouped(List<String> groups, int[] classes, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
        if (classes != null && classes.length != groups.size())
            throw new IllegalArgumentException(groups.size() + " group values for " + classes.length + " samples");
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) members.computeIfAbsent(groups.get(i), g -> new ArrayList<>()).add(i);
        if (members.size() < k)
            throw new IllegalArgumentException("only " + members.size() + " distinct groups for " + k
                    + " folds: lower cross_validation folds or group by a finer column");
        int classCount = 1;
        if (classes != null) for (int c : classes) classCount = Math.max(classCount, c + 1);
        double[] share = new double[classCount];
        for (int i = 0; i < groups.size(); i++) share[classes == null ? 0 : classes[i]] += 1.0 / k;

        // seeded shuffle, then largest groups first (ties keep the shuffled order): big groups are hardest to place
        List<String> names = new ArrayList<>(members.keySet());
        int[] perm = shuffle(java.util.stream.IntStream.range(0, names.size()).toArray(), Streams.of(seed, 0));
        List<String> order = new ArrayList<>();
        for (int p : perm) order.add(names.get(p));
        order.sort(Comparator.comparingInt((String g) -> members.get(g).size()).reversed());

        double[][] count = new double[k][classCount];
        int[] size = new int[k];
        int[] fold = new int[groups.size()];
        for (String g : order) {
            double[] add = new double[classCount];
            for (int i : members.get(g)) add[classes == null ? 0 : classes[i]]++;
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int f = 0; f < k; f++) {
                double cost = 0; // squared excess over the fold's share, after adding the group
                for (int c = 0; c < classCount; c++) {
                    double d = count[f][c] + add[c] - share[c];
                    cost += d * d - (count[f][c] - share[c]) * (count[f][c] - share[c]);
                }
                if (size[f] == 0) cost = Double.NEGATIVE_INFINITY; // an empty fold first: every fold gets a group
                if (cost < bestCost || (cost == bestCost && size[f] < size[best])) {
                    bestCost = cost;
                    best = f;
                }
            }
            for (int c = 0; c < classCount; c++) count[best][c] += add[c];
            size[best] += members.get(g).size();
            for (int i : members.get(g)) fold[i] = best;
        }
        return folds(fold, k);
    }

    private static int[] shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static List<Fold> folds(int[] foldOf, int k) {
        List<Fold> out = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] test = java.util.stream.IntStream.range(0, foldOf.length).filter(i -> foldOf[i] == ff).toArray();
            int[] train = java.util.stream.IntStream.range(0, foldOf.length).filter(i -> foldOf[i] != ff).toArray();
            out.add(new Fold(train, test));
        }
        return out;
    }

    /** Sorted copy (for tests and callers that want to compare index sets). */
    static int[] sorted(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}
