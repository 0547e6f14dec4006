package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.DatasetCard;
import io.fmbench.kernel.config.Workspace;
import io.fmbench.kernel.toydata.ToyDataGenerator;
import io.fmbench.spi.DatasetSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a dataset card into a source on disk; a missing toy dataset is generated first (and the user told so). */
public final class DatasetResolver {

    private final Workspace workspace;
    private final PrintStream messages;

    public DatasetResolver(Workspace workspace, PrintStream messages) {
        this.workspace = workspace;
        this.messages = messages;
    }

    public DatasetSource resolve(DatasetCard card) throws FmbenchException {
        if (card.path() == null || card.path().isBlank())
            throw new DataUnavailable(card.id(), card.file() + ": dataset '" + card.id() + "' has no 'path' (a catalogue card); add path: <folder with the data>");
        Path path = workspace.resolve(card.path());
        if (!Files.exists(path)) {
            String toy = toyFolder(path);
            if (toy == null)
                throw new DataUnavailable(card.id(), card.file() + ": field 'path' of dataset '" + card.id() + "' points to " + path
                        + ", which does not exist; fix the path or fetch the data");
            messages.println("Toy dataset " + card.id() + " is missing at " + path + "; generating it (seed 42) ...");
            new ToyDataGenerator(42).generate(workspace.toyData(), toy);
        }
        return new DatasetSource(card.id(), path, card.raw());
    }

    /** The toy set folder when the path is one of ours under the workspace's toy_data/, else null. */
    private String toyFolder(Path path) {
        Path toyRoot = workspace.toyData();
        if (!path.startsWith(toyRoot)) return null;
        String rel = toyRoot.relativize(path).toString().replace('\\', '/');
        return ToyDataGenerator.SETS.stream().map(ToyDataGenerator.ToySet::folder).filter(rel::equals).findFirst().orElse(null);
    }
}
