package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.SampleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifierTest {

    @Test
    void ageBinsFollowTheReference() {
        // reference-spec §16: 19→unknown, 20/39→20-40, 40/59→40-60, 60/79→60-80, 80/99→80-100, 100→unknown
        assertEquals("age_unknown", Stratifier.ageBin("19"));
        assertEquals("age_20-40", Stratifier.ageBin("20"));
        assertEquals("age_20-40", Stratifier.ageBin("39"));
        assertEquals("age_40-60", Stratifier.ageBin("40"));
        assertEquals("age_40-60", Stratifier.ageBin("59"));
        assertEquals("age_60-80", Stratifier.ageBin("60"));
        assertEquals("age_60-80", Stratifier.ageBin("79"));
        assertEquals("age_80-100", Stratifier.ageBin("80"));
        assertEquals("age_80-100", Stratifier.ageBin("99"));
        assertEquals("age_unknown", Stratifier.ageBin("100"));
        assertEquals("age_unknown", Stratifier.ageBin("n/a"));
    }

    @Test
    void smallGroupsAreSkippedButListed() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) rows.add(List.of(i < 8 ? "A" : "B", i < 6 ? "M" : "F"));
        SampleTable meta = new SampleTable(List.of("site", "sex"), rows);
        Stratifier.Result r = Stratifier.stratify(meta, Stratifier.DEFAULT_COLUMNS, idx -> Map.of("N", idx.length));
        assertEquals(Map.of("A", Map.of("N", 8)), r.groups().get("site"));
        assertEquals(Map.of("B", 4), r.skipped().get("site"));
        assertEquals(List.of("M", "F"), new ArrayList<>(r.groups().get("sex").keySet()), "first-appearance order");
        assertFalse(r.groups().containsKey("scanner"));
    }

    @Test
    void aColumnWithOnlyTinyGroupsLeavesNoEmptyTable() {
        SampleTable meta = new SampleTable(List.of("site"), List.of(List.of("A"), List.of("B"), List.of("C")));
        Stratifier.Result r = Stratifier.stratify(meta, List.of("site"), idx -> Map.of());
        assertFalse(r.groups().containsKey("site")); // the reference crashed its report writer here (§6.4)
        assertEquals(3, r.skipped().get("site").size());
    }
}
