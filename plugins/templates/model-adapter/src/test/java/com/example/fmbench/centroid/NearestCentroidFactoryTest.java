package com.example.fmbench.centroid;

import static org.junit.jupiter.api.Assertions.*;

import io.fmbench.spi.ModelAdapterFactory;
import io.fmbench.spi.ModelConfig;
import io.fmbench.spi.ModelContext;
import io.fmbench.spi.ModelException;
import io.fmbench.spi.SpiVersion;
import io.fmbench.spi.Task;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What fmbench reads from the jar: the service registration, the factory's type, and plugin.properties. */
class NearestCentroidFactoryTest {

    private static final ModelConfig CONFIG =
            new ModelConfig(Path.of("/models/model_nearest_centroid.yaml"), "nearest_centroid", "nearest_centroid", Map.of());

    @Test
    void isRegisteredAsAServiceAndServesItsType() {
        List<ModelAdapterFactory> found = ServiceLoader.load(ModelAdapterFactory.class).stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size(), "META-INF/services lists exactly this factory");
        assertInstanceOf(NearestCentroidFactory.class, found.get(0));
        assertTrue(found.get(0).supports(CONFIG));
    }

    @Test
    void buildsATrainableClassifierAndRefusesOtherTasks() throws Exception {
        NearestCentroidFactory f = new NearestCentroidFactory();
        assertTrue(f.create(CONFIG, new ModelContext(42, Path.of("/tmp"), Task.CLASSIFICATION, List.of("a", "b"))).needsTraining());
        ModelException e = assertThrows(ModelException.class,
                () -> f.create(CONFIG, new ModelContext(42, Path.of("/tmp"), Task.REGRESSION, List.of())));
        assertTrue(e.getMessage().contains("REGRESSION") && e.getMessage().contains("model_nearest_centroid.yaml"), e.getMessage());
    }

    @Test
    void pluginPropertiesRequireTheMajorVersionOfTheSpiBuiltAgainst() throws Exception {
        Properties p = new Properties();
        try (InputStream in = NearestCentroidFactoryTest.class.getResourceAsStream("/plugin.properties")) {
            p.load(in);
        }
        int major = Integer.parseInt(SpiVersion.CURRENT.substring(0, SpiVersion.CURRENT.indexOf('.')));
        assertEquals(">=" + major + ".0.0 & <" + (major + 1) + ".0.0", p.getProperty("plugin.requires"));
        assertEquals("nearest-centroid", p.getProperty("plugin.id"));
        assertTrue(p.getProperty("plugin.version").matches("\\d+\\.\\d+\\.\\d+"), "filtered from the POM: " + p.getProperty("plugin.version"));
    }
}
