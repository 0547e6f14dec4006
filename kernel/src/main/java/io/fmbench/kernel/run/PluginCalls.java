package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.spi.DataException;
import io.fmbench.spi.Dataset;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.DatasetSource;
import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Targets;
import java.util.ArrayList;
import java.util.List;

/** Calls into plugins that every runner makes, turning a plugin's failure into one clear line naming the file. */
public final class PluginCalls {

    private PluginCalls() {}

    public static Dataset load(DatasetLoader loader, DatasetSource source) throws FmbenchException {
        try {
            return loader.load(source);
        } catch (DataException e) {
            throw new FmbenchException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FmbenchException(source.path() + ": the '" + loader.format() + "' loader failed (" + e + ")", e);
        }
    }

    public static Model create(ModelAdapterFactory factory, ModelConfig config, ModelContext ctx) throws FmbenchException {
        try {
            return factory.create(config, ctx);
        } catch (ModelException e) {
            throw new ModelFailure(config.file() + ": cannot build model '" + config.modelId() + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ModelFailure(config.file() + ": the '" + factory.type() + "' adapter crashed while building model '"
                    + config.modelId() + "' (" + e + ")", e);
        }
    }

    /** Class names for the model: the data's, padded with the class index where the data names none. */
    public static List<String> classNames(Targets t) {
        if (!t.isClassification()) return List.of();
        List<String> names = new ArrayList<>(t.classNames());
        for (int c = names.size(); c < t.classCount(); c++) names.add(Integer.toString(c));
        return names;
    }
}
