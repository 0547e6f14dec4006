package io.fmbench.kernel.hub;

import io.fmbench.kernel.config.ModelCard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Data-leakage class of a result (CZI convention), from the model card's declared training data:
 * {@code training_data: [dataset ids]} (pretraining) or {@code training_data: {pretraining: [...], task_training: [...]}}.
 * RED results (evaluated on data the model was trained on for this task) are never ranked.
 */
public enum Leakage {
    GREEN("not seen in pretraining"),
    YELLOW("seen in pretraining only"),
    RED("seen in task training: not ranked"),
    GRAY("unknown: the model card declares no training data");

    public final String meaning;

    Leakage(String meaning) {
        this.meaning = meaning;
    }

    public static Leakage classify(Optional<ModelCard> card, String datasetId) {
        if (card.isEmpty() || !card.get().raw().containsKey("training_data")) return GRAY;
        Object td = card.get().raw().get("training_data");
        List<String> pre = new ArrayList<>();
        List<String> task = new ArrayList<>();
        if (td instanceof List<?> l) addAll(pre, l);
        else if (td instanceof Map<?, ?> m) {
            for (String k : List.of("pretraining", "pretrain", "pre_training")) addAll(pre, m.get(k));
            for (String k : List.of("task_training", "fine_tuning", "finetuning", "training")) addAll(task, m.get(k));
        } else if (td != null) return GRAY;
        String d = datasetId == null ? "" : datasetId.toLowerCase(Locale.ROOT);
        if (task.contains(d)) return RED;
        if (pre.contains(d)) return YELLOW;
        return GREEN;
    }

    private static void addAll(List<String> out, Object list) {
        if (list instanceof List<?> l) l.forEach(x -> out.add(String.valueOf(x).toLowerCase(Locale.ROOT)));
    }
}
