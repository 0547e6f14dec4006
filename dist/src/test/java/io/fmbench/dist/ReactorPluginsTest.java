package io.fmbench.dist;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.kernel.Kernel;
import io.fmbench.kernel.plugins.Extensions;
import io.fmbench.kernel.plugins.PluginInfo;
import io.fmbench.spi.DatasetLoader;
import io.fmbench.spi.Metric;
import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.Task;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Development mode: the kernel loads the reactor's plugin modules from their target/classes, through PF4J. */
class ReactorPluginsTest {

    @Test
    void loadsEveryReactorPluginWithItsExtensions() throws Exception {
        Path plugins = Path.of(System.getProperty("fmbench.project.root", "..")).resolve("plugins");
        try (Kernel kernel = Kernel.start(List.of(plugins))) {
            List<String> ids = kernel.plugins().plugins().stream().map(PluginInfo::id).toList();
            assertTrue(ids.containsAll(List.of("baselines", "metrics", "npy-data")), ids.toString());
            Extensions ext = kernel.get(Extensions.class);
            assertEquals(List.of("AUROC", "Accuracy", "F1-Score"),
                    ext.metricsFor(Task.CLASSIFICATION).stream().map(Metric::name).toList().subList(0, 3), "reference keys first");
            assertTrue(kernel.plugins().extensions(DatasetLoader.class).stream().anyMatch(l -> l.format().equals("npy")));
            ModelAdapterFactory f = kernel.plugins().extensions(ModelAdapterFactory.class).stream()
                    .filter(x -> x.type().equals("baseline")).findFirst().orElseThrow();
            assertNotSame(ReactorPluginsTest.class.getClassLoader(), f.getClass().getClassLoader(), "a plugin has its own class loader");
            assertSame(ModelAdapterFactory.class.getClassLoader(), f.getClass().getInterfaces()[0].getClassLoader(),
                    "the SPI comes from the kernel, not from a copy inside the plugin");
        }
    }
}
