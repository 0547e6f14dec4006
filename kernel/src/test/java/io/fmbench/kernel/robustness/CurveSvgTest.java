package io.fmbench.kernel.robustness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CurveSvgTest {

    @Test
    void retentionAboveOneStaysInsideThePlot() {
        // plot 250 px high from y=30; axis 0.5 .. 1.4 in tenths plus 0.05: 1.32 -> 30 + 250 * 0.13 / 0.95 = 64.2 px,
        // 1.0 -> 30 + 250 * 0.45 / 0.95 = 148.4 px (before, the axis stopped at 1.05 and 1.32 was drawn above the plot)
        String svg = CurveSvg.render("retention", Map.of("noise", new double[][] {{0, 1}, {1.0, 1.32}}));
        assertTrue(svg.contains("points=\"50.0,148.4 410.0,64.2\""), svg);
        assertTrue(svg.contains(">1.4</text>"), "a gridline for the highest tenth: " + svg);
        assertFalse(svg.contains(">1.5</text>"), svg);
    }

    @Test
    void negativeSimilarityExtendsTheAxisDownInWholeTenths() {
        // -0.25 -> lowest tenth -0.3; axis -0.3 .. 1.05: 1.0 -> 30 + 250 * 0.05 / 1.35 = 39.3 px, -0.25 -> 30 + 250 * 1.3 / 1.35 = 270.7 px
        String svg = CurveSvg.render("similarity", Map.of("permutation", new double[][] {{0, 1}, {1.0, -0.25}}));
        assertTrue(svg.contains("points=\"50.0,39.3 410.0,270.7\""), svg);
        assertTrue(svg.contains(">-0.3</text>") && svg.contains(">1.0</text>"), svg);
    }
}
