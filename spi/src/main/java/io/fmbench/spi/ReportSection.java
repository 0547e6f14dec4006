package io.fmbench.spi;

/** Extension point: adds a Markdown section to report.md. */
public interface ReportSection {

    String id();

    /** Sections are placed by ascending order; the kernel's own sections use multiples of 100. */
    int order();

    /** Markdown for the section, or an empty string to add nothing for this run. */
    String render(ReportContext context);
}
