package io.fmbench.plugin.metrics;

import io.fmbench.spi.Direction;
import io.fmbench.spi.Metric;
import io.fmbench.spi.Output;
import io.fmbench.spi.Task;
import java.util.Set;

/** The constant facts every metric declares; subclasses only compute. */
abstract class BaseMetric implements Metric {

    private final String name;
    private final Task task;
    private final Direction direction;
    private final double lowerBound;
    private final double upperBound;
    private final Set<Output> requires;

    BaseMetric(String name, Task task, Direction direction, double lowerBound, double upperBound, Set<Output> requires) {
        this.name = name;
        this.task = task;
        this.direction = direction;
        this.lowerBound = lowerBound;
        this.upperBound = upperBound;
        this.requires = Set.copyOf(requires);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Task task() {
        return task;
    }

    @Override
    public final Direction direction() {
        return direction;
    }

    @Override
    public final double lowerBound() {
        return lowerBound;
    }

    @Override
    public final double upperBound() {
        return upperBound;
    }

    @Override
    public final Set<Output> requires() {
        return requires;
    }

    @Override
    public String toString() {
        return name;
    }
}
