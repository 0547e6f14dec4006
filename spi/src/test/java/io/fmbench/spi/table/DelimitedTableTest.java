package io.fmbench.spi.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fmbench.spi.DataException;
import io.fmbench.spi.SampleTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTableTest {

    @TempDir
    Path dir;

    @Test
    void csvWithQuotesBomAndBlankLines() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "\uFEFFid,name\r\n1,\"Smith, J\"\n\n2,\"say \"\"hi\"\"\nthere\"\n");
        SampleTable t = DelimitedTable.read(f);
        assertEquals(List.of("id", "name"), t.columns());
        assertEquals(List.of("Smith, J", "say \"hi\"\nthere"), t.column("name"));
    }

    @Test
    void tsvChosenByNameAndGzipRead() throws Exception {
        Path f = dir.resolve("genes.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("ENSG1\tCD3E\nENSG2\tMS4A1\n".getBytes(StandardCharsets.UTF_8));
        }
        SampleTable t = DelimitedTable.read(f, DelimitedTable.delimiterFor(f), false);
        assertEquals(List.of("0", "1"), t.columns());
        assertEquals(List.of("CD3E", "MS4A1"), t.column("1"));
    }

    @Test
    void wrongFieldCountNamesFileAndRow() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "a,b\n1,2\n3\n");
        DataException e = assertThrows(DataException.class, () -> DelimitedTable.read(f));
        assertTrue(e.getMessage().contains("bad.csv: data row 2 has 1 fields but the header has 2"), e.getMessage());
    }

    @Test
    void unclosedQuoteIsAnError() throws IOException {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "a\n\"open\n");
        assertThrows(DataException.class, () -> DelimitedTable.read(f));
    }
}
