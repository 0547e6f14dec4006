package io.fmbench.plugin.datafmri;

import io.fmbench.spi.ReportContext;
import io.fmbench.spi.ReportSection;

/** Prints the dataset card's {@code data_use} terms (ADHD-200 non-commercial use, HCP open-access terms) in report.md. */
public final class DataUseSection implements ReportSection {

    @Override
    public String id() {
        return "data-use";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String render(ReportContext context) {
        Object id = context.eval().get("dataset_id");
        String text = DataUseNotices.of(id == null ? null : id.toString());
        if (text == null) return "";
        return "## Data Use Notice\n\n" + text.replace("\n", " ") + "\n";
    }
}
