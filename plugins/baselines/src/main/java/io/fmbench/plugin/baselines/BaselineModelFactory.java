package io.fmbench.plugin.baselines;

import io.fmbench.spi.Model;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.Task;
import java.util.Map;

/**
 * Builds the simple baselines: {@code type: baseline} with {@code name: random | majority | stratified_random |
 * logistic_regression | ridge | mean}, and the
 * reference's config {@code type: python_class, import_path: "fmbench.dummy_model:DummyClassifier"} (the random
 * baseline, seeded by {@code init_kwargs.random_seed}) so that its model_dummy_classifier.yaml works unchanged.
 */
public final class BaselineModelFactory implements ModelAdapterFactory {

    static final String REFERENCE_DUMMY = "fmbench.dummy_model:DummyClassifier";

    @Override
    public String type() {
        return "baseline";
    }

    @Override
    public boolean supports(ModelConfig config) {
        return type().equals(config.type())
                || ("python_class".equals(config.type()) && REFERENCE_DUMMY.equals(config.string("import_path", "")));
    }

    @Override
    public Model create(ModelConfig config, ModelContext context) throws ModelException {
        String name = "python_class".equals(config.type()) ? "random" : config.string("name", "");
        long seed = seed(config, context);
        if (name.equals("ridge") || name.equals("mean")) {
            if (context.task() == Task.CLASSIFICATION)
                throw new ModelException("baseline '" + name + "' is for regression, but these targets are class labels; use logistic_regression, majority or random");
            return name.equals("mean") ? new MeanRegressor() : new Ridge(Ridge.options(new Settings(config)), false);
        }
        if (context.task() != Task.CLASSIFICATION)
            throw new ModelException("baseline '" + name + "' is for classification, but these targets are " + context.task().toString().toLowerCase(java.util.Locale.ROOT)
                    + " values (a float y.npy is read as regression unless its folder's info.json gives n_classes); use ridge or mean for them");
        int k = context.classCount();
        return switch (name) {
            case "random", "dummy_classifier" -> new RandomClassifier(seed, k);
            case "majority" -> new PriorClassifier(PriorClassifier.Kind.MAJORITY, seed, k);
            case "stratified_random" -> new PriorClassifier(PriorClassifier.Kind.STRATIFIED_RANDOM, seed, k);
            case "logistic_regression" -> new LogisticRegression(LogisticRegression.options(new Settings(config)), k);
            default -> throw new ModelException("field 'name' is '" + name + "'; known baselines: random, majority, stratified_random, "
                    + "logistic_regression, ridge, mean");
        };
    }

    /** init_kwargs.random_seed (the reference's field), else seed, else the run's seed. */
    private static long seed(ModelConfig config, ModelContext context) throws ModelException {
        Map<String, Object> kwargs = config.map("init_kwargs");
        Object s = kwargs.containsKey("random_seed") ? kwargs.get("random_seed") : config.settings().get("seed");
        if (s == null) return context.seed();
        try {
            return Long.parseLong(s.toString().trim());
        } catch (NumberFormatException e) {
            throw new ModelException("field 'init_kwargs.random_seed' must be a whole number, got '" + s + "'");
        }
    }
}
