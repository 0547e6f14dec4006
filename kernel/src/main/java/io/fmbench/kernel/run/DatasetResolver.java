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
        if (!Files.exists(path) && !generateMissingToySet(path, "Toy dataset " + card.id()))
            throw new DataUnavailable(card.id(), card.file() + ": field 'path' of dataset '" + card.id() + "' points to " + path
                    + ", which does not exist; fix the path or fetch the data");
        return new DatasetSource(card.id(), path, card.raw());
    }

    /**
     * Generates the toy set at {@code path} when that folder is missing and is one of ours under the workspace's
     * toy_data/ (the user is told, naming it {@code what}); false when the path is anything else.
     */
    public boolean generateMissingToySet(Path path, String what) throws FmbenchException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute)) return false;
        String toy = toyFolder(absolute);
        if (toy == null) return false;
        messages.println(what + " is missing at " + absolute + "; generating it (seed 42) ...");
        new ToyDataGenerator(42).generate(workspace.toyData(), toy);
        return true;
    }

    /** The toy set folder when the path is one of ours under the workspace's toy_data/, else null. */
    private String toyFolder(Path path) {
        Path toyRoot = workspace.toyData();
        if (!path.startsWith(toyRoot)) return null;
        String rel = toyRoot.relativize(path).toString().replace('\\', '/');
        return ToyDataGenerator.SETS.stream().map(ToyDataGenerator.ToySet::folder).filter(rel::equals).findFirst().orElse(null);
    }
}
