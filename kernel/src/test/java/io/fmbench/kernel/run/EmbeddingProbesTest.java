package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class EmbeddingProbesTest {

    @Test
    void fiveNearestNeighboursVoteByHand() {
        // query at 0: distances to the training points 1,2,3,4,5,6 (squared 1,4,9,16,25,36); the 5 nearest are
        // indices 0-4 with classes 1,1,0,0,0: class 0 wins 3 to 2 although the two nearest are class 1
        float[][] emb = {{1}, {2}, {3}, {4}, {5}, {6}, {0}};
        int[] classes = {1, 1, 0, 0, 0, 1, 0};
        assertEquals(0, EmbeddingProbes.nearestVote(emb, classes, new int[] {0, 1, 2, 3, 4, 5}, emb[6], 2));
        // leave index 4 out of training: the 5 nearest are 0,1,2,3,5 with classes 1,1,0,0,1: class 1 wins
        assertEquals(1, EmbeddingProbes.nearestVote(emb, classes, new int[] {0, 1, 2, 3, 5}, emb[6], 2));
    }
}
