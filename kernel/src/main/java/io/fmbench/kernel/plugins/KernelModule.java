package io.fmbench.kernel.plugins;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.Metric;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ReportSection;
import io.fmbench.spi.RobustnessProbe;

/** Guice wiring: every extension the plugins provide becomes part of a set that kernel services inject. */
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

    private <T> void bindAll(Class<T> point) {
        Multibinder<T> set = Multibinder.newSetBinder(binder(), point);
        for (T extension : host.extensions(point)) set.addBinding().toInstance(extension);
    }
}
