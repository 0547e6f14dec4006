package io.fmbench.spi.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fmbench.spi.DataException;
import io.fmbench.spi.Targets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassColumnTest {

    @Test
    void numbersSortNumericallyNotAsText() throws DataException {
        Targets t = ClassColumn.targets(List.of("10", "2", "2", "1.0"), null, "x");
        assertEquals(List.of("1.0", "2", "10"), t.classNames());
        assertArrayEquals(new int[] {2, 1, 1, 0}, t.classes());
    }

    @Test
    void textLabelsSortAlphabetically() throws DataException {
        Targets t = ClassColumn.targets(List.of("NK", "B", " CD8 T"), null, "x");
        assertEquals(List.of("B", "CD8 T", "NK"), t.classNames());
        assertArrayEquals(new int[] {2, 0, 1}, t.classes());
    }

    @Test
    void cardNamesNameNumericLabels() throws DataException {
        Targets t = ClassColumn.targets(List.of("1", "0"), List.of("non-promoter", "promoter"), "x");
        assertEquals(List.of("non-promoter", "promoter"), t.classNames());
        assertArrayEquals(new int[] {1, 0}, t.classes());
    }

    @Test
    void emptyLabelAndMissingNameAreErrors() {
        assertThrows(DataException.class, () -> ClassColumn.targets(List.of("1", " "), null, "x"));
        assertThrows(DataException.class, () -> ClassColumn.targets(List.of("0", "2"), List.of("a", "b"), "x"));
    }
}
