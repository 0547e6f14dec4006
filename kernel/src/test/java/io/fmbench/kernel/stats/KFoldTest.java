package io.fmbench.kernel.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KFoldTest {

    static int[] classes(int n, int k) {
        return IntStream.range(0, n).map(i -> (i * 7 + i / 5) % k).toArray();
    }

    static void assertPartition(List<Fold> folds, int n) {
        int[] seen = new int[n];
        for (Fold f : folds) {
            for (int i : f.test()) seen[i]++;
            Set<Integer> test = new HashSet<>();
            for (int i : f.test()) test.add(i);
            for (int i : f.train()) assertTrue(!test.contains(i), "sample " + i + " in train and test");
            assertEquals(n, f.train().length + f.test().length);
        }
        for (int i = 0; i < n; i++) assertEquals(1, seen[i], "sample " + i + " tested once");
    }

    @Test
    void stratifiedFoldsKeepClassShares() {
        int[] y = classes(103, 3);
        List<Fold> folds = KFold.stratified(y, 5, 42);
        assertPartition(folds, y.length);
        int[] total = new int[3];
        for (int c : y) total[c]++;
        for (Fold f : folds) {
            int[] count = new int[3];
            for (int i : f.test()) count[y[i]]++;
            for (int c = 0; c < 3; c++) assertTrue(Math.abs(count[c] - total[c] / 5.0) < 1, "class " + c + " share");
            assertTrue(Math.abs(f.test().length - 103 / 5.0) <= 1);
        }
        for (int f = 0; f < 5; f++) assertArrayEquals(folds.get(f).test(), KFold.stratified(y, 5, 42).get(f).test());
        assertNotEquals(java.util.Arrays.toString(folds.get(0).test()), java.util.Arrays.toString(KFold.stratified(y, 5, 43).get(0).test()));
    }

    @Test
    void stratifiedRefusesTooSmallClasses() {
        int[] y = {0, 0, 0, 0, 0, 1, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KFold.stratified(y, 3, 1));
        assertTrue(e.getMessage().contains("class 1 has 2 samples"), e.getMessage());
    }

    @Test
    void groupedFoldsNeverSplitAGroup() {
        int n = 120;
        List<String> subject = new ArrayList<>();
        for (int i = 0; i < n; i++) subject.add("S" + (i / 4 + (i % 3 == 0 ? 7 : 0)) % 23);
        int[] y = classes(n, 2);
        List<Fold> folds = KFold.grouped(subject, y, 4, 9);
        assertPartition(folds, n);
        for (Fold f : folds) {
            Set<String> train = new HashSet<>(), test = new HashSet<>();
            for (int i : f.train()) train.add(subject.get(i));
            for (int i : f.test()) test.add(subject.get(i));
            test.retainAll(train);
            assertTrue(test.isEmpty(), "groups in train and test: " + test);
            assertTrue(f.test().length > 0);
        }
        for (int f = 0; f < 4; f++) assertArrayEquals(folds.get(f).test(), KFold.grouped(subject, y, 4, 9).get(f).test());
    }

    @Test
    void groupedRefusesMoreFoldsThanGroups() {
        List<String> site = List.of("A", "A", "B", "B", "C");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KFold.grouped(site, null, 4, 1));
        assertTrue(e.getMessage().contains("only 3 distinct groups for 4 folds"), e.getMessage());
        assertPartition(KFold.grouped(site, null, 3, 1), 5);
    }
}
