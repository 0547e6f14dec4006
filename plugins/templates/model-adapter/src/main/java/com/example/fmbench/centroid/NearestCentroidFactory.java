package com.example.fmbench.centroid;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Task;

/**
 * Entry point fmbench finds through META-INF/services: builds a {@link NearestCentroidModel} for model configs with
 * {@code type: nearest_centroid}. Replace the type and the model with yours.
 */
public final class NearestCentroidFactory implements ModelAdapterFactory {

    @Override
    public String type() {
        return "nearest_centroid";
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        if (context.task() != Task.CLASSIFICATION)
            throw new ModelException(config.file() + ": model '" + config.modelId() + "' (type nearest_centroid) is a classifier; "
                    + "this benchmark's task is " + context.task());
        if (context.classCount() < 2)
            throw new ModelException(config.file() + ": model '" + config.modelId() + "' needs at least 2 classes, the benchmark has "
                    + context.classCount());
        return new NearestCentroidModel(context.classCount());
    }
}
