package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FoldsTest {

    @Test
    void everyFoldGetsItsShareOfEachClass() throws Exception {
        int[] classes = new int[100];
        for (int i = 0; i < 100; i++) classes[i] = i < 70 ? 0 : 1;
        int[] fold = Folds.stratified(classes, 5, 7);
        for (int f = 0; f < 5; f++) {
            int zeros = 0, ones = 0;
            for (int i : Folds.members(fold, f, true)) {
                if (classes[i] == 0) zeros++;
                else ones++;
            }
            assertEquals(14, zeros);
            assertEquals(6, ones);
        }
        assertArrayEquals(fold, Folds.stratified(classes, 5, 7), "same seed, same folds");
    }

    @Test
    void trainAndTestNeverShareASample() throws Exception {
        int[] classes = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        int[] fold = Folds.stratified(classes, 2, 1);
        int[] test = Folds.members(fold, 0, true), train = Folds.members(fold, 0, false);
        assertEquals(10, test.length + train.length);
        for (int t : test) for (int r : train) assertNotEquals(t, r);
    }
}
