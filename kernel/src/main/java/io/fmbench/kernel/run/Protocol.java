package io.fmbench.kernel.run;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.config.BenchmarkDef;
import io.fmbench.kernel.config.Fields;
import io.fmbench.kernel.config.SuiteDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a suite wants its models evaluated, read from the suite YAML's {@code protocol} block (the reference wrote these
 * fields but never read them).
 *
 * @param folds          k of cross-validation for models that must be trained ({@code protocol.cross_validation.folds}, default 5)
 * @param groupBy        metadata column whose values may not be split across train and test, or null
 * @param stratifyBy     metadata columns for stratified metrics ({@code protocol.stratify}, else the reference's defaults)
 * @param bootstrap      number of bootstrap resamples for confidence intervals ({@code protocol.bootstrap.n_resamples}, default 1000)
 */
public record Protocol(int folds, String groupBy, List<String> stratifyBy, int bootstrap) {

    public static Protocol of(SuiteDef suite, BenchmarkDef bench) throws FmbenchException {
        Fields y = new Fields(suite.file(), suite.raw());
        Integer folds = y.integerAt("protocol.cross_validation.folds");
        String group = y.stringAt("protocol.cross_validation.group_by");
        Integer boot = y.integerAt("protocol.bootstrap.n_resamples");
        List<String> strat = new ArrayList<>(Stratifier.DEFAULT_COLUMNS);
        if (y.at("protocol.stratify") instanceof List<?> l) {
            strat.clear();
            l.forEach(v -> strat.add(v.toString()));
        }
        if (folds != null && folds < 2)
            throw new FmbenchException(suite.file() + ": field 'protocol.cross_validation.folds' must be at least 2, got " + folds);
        if (boot != null && boot < 0)
            throw new FmbenchException(suite.file() + ": field 'protocol.bootstrap.n_resamples' must not be negative");
        return new Protocol(folds == null ? 5 : folds, group, List.copyOf(strat), boot == null ? 1000 : boot);
    }

    public Map<String, Object> describe() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("cv_folds_for_trained_models", folds);
        if (groupBy != null) m.put("group_by", groupBy);
        m.put("bootstrap_resamples", bootstrap);
        return m;
    }
}
