package io.fmbench.kernel.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.util.Types;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.Metric;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ReportSection;
import io.fmbench.spi.RobustnessProbe;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Guice wiring: the extensions the plugins provide for each extension point become one set that kernel services
 * inject, in {@link PluginHost#extensions}'s order (plugin id, then class name).
 *
 * <p>Each set is bound as one instance rather than through a Multibinder: a Multibinder adds bindings per element and
 * has Guice scan every extension's class for members to inject, which extensions built against the SPI alone cannot
 * have. With the bundled plugins' extensions, that made Guice's injector take 200-262 ms of a fresh JVM instead of
 * 128-163 ms, on the path every command that runs a model waits on.
 */
public final class KernelModule extends AbstractModule {

    private final PluginHost host;

    public KernelModule(PluginHost host) {
        this.host = host;
    }

    @Override
    protected void configure() {
        bind(PluginHost.class).toInstance(host);
        bindAll(ModelAdapterFactory.class);
        bindAll(DatasetLoader.class);
        bindAll(Metric.class);
        bindAll(RobustnessProbe.class);
        bindAll(ReportSection.class);
    }

    @SuppressWarnings("unchecked") // Types.setOf(point) is the type Set<T>
    private <T> void bindAll(Class<T> point) {
        TypeLiteral<Set<T>> setOfPoint = (TypeLiteral<Set<T>>) TypeLiteral.get(Types.setOf(point));
        bind(setOfPoint).toInstance(Collections.unmodifiableSet(new LinkedHashSet<>(host.extensions(point))));
    }
}
