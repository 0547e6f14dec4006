package io.fmbench.kernel.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerChoiceTest {

    @TempDir Path dir;

    private Path dataOf(String name, int... fileSizes) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("nested"));
        for (int i = 0; i < fileSizes.length; i++) Files.write(folder.resolve("f" + i), new byte[fileSizes[i]]);
        return folder.getParent();
    }

    @Test
    void sizesCountEveryFileOfAFolderAndNothingForAMissingPath() throws Exception {
        assertEquals(3000 + 5, CompilerChoice.sizeOf(dataOf("a", 3000, 5), Long.MAX_VALUE));
        assertEquals(0, CompilerChoice.sizeOf(dir.resolve("absent"), Long.MAX_VALUE));
    }

    @Test
    void aClientCompilerJvmRestartsForMoreThanAMegabyteOfDataOrForRobustness() throws Exception {
        CompilerChoice small = new CompilerChoice("client");
        small.add(dataOf("toy", 600_000));
        small.add(dir.resolve("not-generated-yet"));
        assertDoesNotThrow(small::restartIfNeeded);

        CompilerChoice big = new CompilerChoice("client");
        big.add(dataOf("b1", 600_000));
        big.add(dataOf("b2", 600_000)); // two benchmarks of one suite: 1.2 MB in all
        assertEquals(CompilerChoice.RESTART_EXIT_CODE, assertThrows(CompilerChoice.Restart.class, big::restartIfNeeded).exitCode());

        CompilerChoice robustness = new CompilerChoice("client");
        robustness.needVectorKernels();
        assertThrows(CompilerChoice.Restart.class, robustness::restartIfNeeded);
    }

    @Test
    void aJvmNotStartedByTheLauncherWithTheClientCompilerNeverRestarts() throws Exception {
        for (String property : new String[] {null, "full"}) {
            CompilerChoice c = new CompilerChoice(property);
            c.add(dataOf("big-" + property, 2_000_000));
            c.needVectorKernels();
            assertDoesNotThrow(c::restartIfNeeded);
        }
    }
}
