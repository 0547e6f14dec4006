package io.fmbench.spi;

/**
 * Extension point: builds models of one config {@code type} (e.g. "onnx", "subprocess", "baseline").
 * A third party ships one of these in a plugin jar built against this SPI alone.
 */
public interface ModelAdapterFactory {

    /** The config {@code type} this factory serves. */
    String type();

    /** Whether this factory builds the given config; by default when its type matches. */
    default boolean supports(ModelConfig config) {
        return type().equals(config.type());
    }

    Model create(ModelConfig config, ModelContext context) throws ModelException;
}
